// Receivers Rust drops without a drop call: the unused half of `broadcast::channel(n).0`, and a oneshot receiver moved into select!; plus watch send_if_modified/send_modify/send_replace and mpsc try_reserve/reserve_owned.
use tokio::sync::{broadcast, mpsc, oneshot, watch};

#[derive(Debug, Default)]
struct Counter {
    hits: u32,
}

#[tokio::main]
async fn main() {
    let tx = broadcast::channel::<u32>(4).0;
    println!("receivers of a temporary channel: {}", tx.receiver_count());
    let mut rx = tx.subscribe();
    println!("send reached {}", tx.send(1).unwrap());
    println!("received {}", rx.recv().await.unwrap());

    let (done_tx, done_rx) = oneshot::channel::<&str>();
    let (idle_tx, idle_rx) = oneshot::channel::<&str>();
    done_tx.send("finished").unwrap();
    tokio::select! {
        v = done_rx => println!("done: {:?}", v),
        v = idle_rx => println!("idle: {:?}", v),
    }
    println!("idle sender closed: {}", idle_tx.is_closed());

    let (state_tx, mut state_rx) = watch::channel(Counter::default());
    state_tx.send_modify(|c| c.hits += 1);
    println!("after send_modify changed: {}", state_rx.has_changed().unwrap());
    println!("seen {:?}", *state_rx.borrow_and_update());
    let modified = state_tx.send_if_modified(|c| {
        if c.hits > 10 {
            c.hits = 0;
            true
        } else {
            false
        }
    });
    println!("modified: {} changed: {}", modified, state_rx.has_changed().unwrap());
    let old = state_tx.send_replace(Counter { hits: 7 });
    println!("replaced {:?}, changed: {}", old, state_rx.has_changed().unwrap());

    let (job_tx, mut job_rx) = mpsc::channel::<&str>(1);
    let permit = job_tx.try_reserve().unwrap();
    println!("second try_reserve is full: {}", job_tx.try_reserve().is_err());
    permit.send("reserved");
    println!("{:?}", job_rx.recv().await);
    let owned = job_tx.clone().reserve_owned().await.unwrap();
    let back = tokio::spawn(async move { owned.send("owned").is_closed() }).await.unwrap();
    println!("sender back closed: {} then {:?}", back, job_rx.recv().await);
    drop(job_rx);
    println!("after the receiver is gone: {}", job_tx.try_reserve().err().unwrap());
}
