// tokio docs style: oneshot carries the result of a spawned computation back to main
use tokio::sync::oneshot;

fn collatz_steps(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

#[tokio::main]
async fn main() {
    let (tx, rx) = oneshot::channel();

    tokio::spawn(async move {
        let best = (1..=30u64).max_by_key(|&n| (collatz_steps(n), n)).unwrap();
        if tx.send((best, collatz_steps(best))).is_err() {
            println!("the receiver dropped");
        }
    });

    match rx.await {
        Ok((n, steps)) => println!("longest chain below 31 starts at {} ({} steps)", n, steps),
        Err(_) => println!("the sender dropped"),
    }
}
