// tokio docs style: a plain std::thread feeds an async receiver with blocking_send
use std::thread;
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<String>(2);

    let producer = thread::spawn(move || {
        for line in ["one", "two", "three", "four"] {
            tx.blocking_send(line.to_uppercase()).unwrap();
        }
        "producer done"
    });

    let mut lines = Vec::new();
    while let Some(l) = rx.recv().await {
        lines.push(l);
    }
    let msg = producer.join().unwrap();
    println!("{}", lines.join("-"));
    println!("{}", msg);
}
