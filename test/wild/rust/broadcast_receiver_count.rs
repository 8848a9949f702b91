// tokio tests style: receiver_count follows subscribe/drop, send fails with no receivers
use tokio::sync::broadcast;

#[tokio::main]
async fn main() {
    let (tx, rx) = broadcast::channel::<String>(4);
    assert_eq!(tx.receiver_count(), 1);

    let r2 = tx.subscribe();
    let r3 = r2.resubscribe();
    println!("receivers: {}", tx.receiver_count());

    drop(rx);
    drop(r2);
    println!("receivers after two drops: {}", tx.receiver_count());

    drop(r3);
    let res = tx.send("nobody listening".to_string());
    match res {
        Ok(n) => println!("sent to {}", n),
        Err(e) => println!("send failed: {} (value {:?})", e, e.0),
    }

    // a later subscriber only sees values sent after it subscribed
    let mut late = tx.subscribe();
    tx.send("fresh".to_string()).unwrap();
    println!("late subscriber got {:?}", late.recv().await.unwrap());
}
