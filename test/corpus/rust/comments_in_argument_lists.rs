// Comments written inside lists are never values: `//` and `/* */` comments between the
// arguments of calls, methods and macros, the elements of `vec!`, arrays and tuples, the fields
// of a struct literal and the parameters of a closure, on their own lines and after values, and
// after the value that ends a function.
use std::time::Duration;
use tokio::sync::mpsc;

#[derive(Debug)]
struct Job {
    id: u32,
    // how long the job takes
    cost: Duration,
}

fn weigh(
    // the first operand
    a: u32,
    b: u32, // the second one
) -> u32 {
    a * 10 + b
    // a comment after the value is not the value
}

#[tokio::main]
async fn main() {
    let pause = Duration::from_millis(
        // a short pause
        20,
    );
    let (tx, mut rx) = mpsc::channel::<Job>(
        /* room for */ 4, /* jobs */
    );
    let costs = vec![
        // in milliseconds
        5, 15, /* then */ 25,
    ];
    for (i, ms) in costs.iter().enumerate() {
        tx.send(Job {
            // numbered from one
            id: i as u32 + 1,
            /* the cost */ cost: Duration::from_millis(*ms),
        })
        .await
        .unwrap();
    }
    drop(tx);
    tokio::time::sleep(pause /* once */).await;
    let mut total_ms = 0;
    while let Some(job) = rx.recv().await {
        println!(
            // the template first
            "job {} costs {:?}",
            job.id, // then its values
            job.cost
        );
        total_ms += job.cost.as_millis();
    }
    let pair = (
        // a tuple too
        weigh(/* a */ 4, 2),
        weigh(
            1, // b follows
            7,
        ),
    );
    let scaled: Vec<u32> = [1, /* two */ 2, 3]
        .iter()
        .map(|/* each */ n| n * 2)
        .collect();
    println!("{} {:?} {:?}", total_ms, pair, scaled);
    println!("{:?}", Job { id: 9, cost: pause });
}
