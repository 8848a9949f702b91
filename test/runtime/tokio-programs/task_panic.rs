// A spawned task that panics prints Rust's panic message on stderr and ends only itself:
// main goes on, and awaiting the task's JoinHandle gives an Err(JoinError) that is_panic().
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    let worker = tokio::spawn(async move {
        let mut sent = 0;
        for i in 1..=3 {
            tx.send(i).await.unwrap();
            sent += 1;
        }
        if sent == 3 {
            panic!("worker {} failed after sending {} values", 7, sent);
        }
        "never"
    });
    let mut got = Vec::new();
    while let Some(v) = rx.recv().await {
        got.push(v);
    }
    println!("received before the panic closed the channel: {:?}", got);
    match worker.await {
        Ok(v) => println!("worker returned {}", v),
        Err(e) => {
            println!("worker failed: is_panic={} is_cancelled={}", e.is_panic(), e.is_cancelled());
            let payload = e.into_panic();
            println!("panic payload: {:?}", payload.downcast_ref::<String>());
        }
    }
    println!("main still runs");
}
