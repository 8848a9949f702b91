// std::process::exit(3) ends the program at once with exit code 3, even with tasks still
// running and senders alive; what was printed before stays, nothing after it is printed.
use std::process;
use tokio::sync::mpsc;

fn validate(limit: usize, items: &[&str]) -> Result<usize, String> {
    if items.len() > limit {
        Err(format!("{} items, but the limit is {}", items.len(), limit))
    } else {
        Ok(items.len())
    }
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<String>(2);
    let _background = tokio::spawn(async move {
        let mut i = 0;
        loop {
            i += 1;
            if tx.send(format!("item-{}", i)).await.is_err() {
                break;
            }
        }
    });
    let mut items = Vec::new();
    for _ in 0..4 {
        items.push(rx.recv().await.unwrap());
    }
    println!("collected {}", items.join(","));
    let refs: Vec<&str> = items.iter().map(|s| s.as_str()).collect();
    match validate(3, &refs) {
        Ok(n) => println!("valid: {}", n),
        Err(msg) => {
            println!("invalid: {}", msg);
            process::exit(3);
        }
    }
    println!("not printed");
}
