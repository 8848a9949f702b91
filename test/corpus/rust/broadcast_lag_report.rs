// broadcast: a receiver that falls behind a channel of capacity 2 gets RecvError::Lagged with the
// number of skipped values, then the newest values, then Closed once the sender is dropped;
// a receiver that keeps up sees everything. Errors print with {:?} and {}.
use tokio::sync::broadcast;
use tokio::sync::broadcast::error::RecvError;

#[tokio::main]
async fn main() {
    let (tx, mut slow) = broadcast::channel::<u32>(2);
    let mut fast = tx.subscribe();

    let mut fast_seen = Vec::new();
    for v in 1..=5 {
        let receivers = tx.send(v * 10).unwrap();
        if v == 1 {
            println!("first send reached {} receivers", receivers);
        }
        fast_seen.push(fast.recv().await.unwrap());
    }
    println!("fast receiver saw {:?}", fast_seen);
    drop(tx);

    loop {
        match slow.recv().await {
            Ok(v) => println!("slow got {}", v),
            Err(RecvError::Lagged(n)) => {
                println!("slow lagged: skipped {} values", n);
            }
            Err(e @ RecvError::Closed) => {
                println!("slow: {:?} / {}", e, e);
                break;
            }
        }
    }
    match fast.recv().await {
        Err(e) => println!("fast: {:?} / {}", e, e),
        Ok(v) => println!("fast unexpectedly got {}", v),
    }
}
