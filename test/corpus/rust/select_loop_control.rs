// select! handlers that `continue`, `break` and `return` from the enclosing loop and function;
// a `biased;` select whose first branch waits on a oneshot that never fires before the others.
use tokio::sync::{mpsc, oneshot};

async fn first_negative(mut rx: mpsc::Receiver<i32>, mut stop: oneshot::Receiver<()>) -> Option<i32> {
    let mut skipped = 0;
    loop {
        tokio::select! {
            biased;
            _ = &mut stop => {
                println!("stop signal after skipping {}", skipped);
                return None;
            }
            v = rx.recv() => {
                let Some(v) = v else {
                    println!("input ended after skipping {}", skipped);
                    break;
                };
                if v >= 0 {
                    skipped += 1;
                    continue;
                }
                return Some(v);
            }
        }
    }
    None
}

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel(8);
    let (_stop_tx, stop_rx) = oneshot::channel();
    for v in [5, 3, -8, 2] {
        tx.send(v).await.unwrap();
    }
    println!("found {:?}", first_negative(rx, stop_rx).await);

    let (tx, rx) = mpsc::channel(8);
    let (_stop_tx, stop_rx) = oneshot::channel();
    for v in [1, 2] {
        tx.send(v).await.unwrap();
    }
    drop(tx);
    println!("found {:?}", first_negative(rx, stop_rx).await);

    let (tx, rx) = mpsc::channel::<i32>(8);
    let (stop_tx, stop_rx) = oneshot::channel();
    stop_tx.send(()).unwrap();
    println!("found {:?}", first_negative(rx, stop_rx).await);
    println!("sender still open: {}", !tx.is_closed());
}
