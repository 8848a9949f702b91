// tokio tests style (sync_mpsc): reserve() hands out a Permit; a dropped unused permit gives its slot back to a waiting sender, send order follows permit.send calls, reserve fails once the receiver is gone
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::sleep;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<&'static str>(2);

    let first = tx.reserve().await.expect("open");
    let second = tx.reserve().await.expect("open");
    println!("capacity after two permits: {}", tx.capacity());
    assert!(tx.try_reserve().is_err());

    // A third sender waits for a slot.
    let waiter_tx = tx.clone();
    let waiter = tokio::spawn(async move {
        let permit = waiter_tx.reserve().await.expect("open");
        permit.send("from waiter");
        "waiter sent"
    });
    sleep(Duration::from_millis(10)).await;
    println!(
        "waiter finished while both slots held: {}",
        waiter.is_finished()
    );

    // Permits send in the order they are used, not the order they were reserved.
    second.send("second reserved, sent first");
    drop(first); // unused: its slot goes to the waiter
    println!("{}", waiter.await.unwrap());

    for _ in 0..2 {
        println!("received: {}", rx.recv().await.unwrap());
    }
    println!("capacity back to {}", tx.capacity());

    match tx.try_reserve() {
        Ok(p) => {
            p.send("via try_reserve");
            println!("try_reserve ok, capacity now {}", tx.capacity());
        }
        Err(e) => println!("try_reserve failed: {}", e),
    }
    println!("received: {}", rx.recv().await.unwrap());

    drop(rx);
    match tx.reserve().await {
        Ok(_) => println!("unexpected permit"),
        Err(e) => println!("reserve after receiver dropped: {}", e),
    }
    match tx.try_reserve() {
        Ok(_) => println!("unexpected permit"),
        Err(e) => println!("try_reserve after receiver dropped: {}", e),
    }
    println!("is_closed: {}", tx.is_closed());
}
