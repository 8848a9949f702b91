// tokio docs style: Sender::reserve returns a Permit; capacity() tracks free slots
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u64>(3);
    println!("start capacity {} of {}", tx.capacity(), tx.max_capacity());

    let permit = tx.reserve().await.unwrap();
    println!("after reserve: {}", tx.capacity());

    let second = tx.reserve().await.unwrap();
    println!("after second reserve: {}", tx.capacity());
    drop(second);
    println!("after dropping a permit: {}", tx.capacity());

    permit.send(42);
    println!("after sending via permit: {}", tx.capacity());

    let v = rx.recv().await.unwrap();
    println!("received {} -> capacity {}", v, tx.capacity());

    // reserve_many isn't in 1.24; grab several permits one at a time
    let mut permits = Vec::new();
    for _ in 0..3 {
        permits.push(tx.reserve().await.unwrap());
    }
    println!("all reserved: {}", tx.capacity());
    for (i, p) in permits.into_iter().enumerate() {
        p.send(i as u64 * 10);
    }
    let mut got = vec![];
    for _ in 0..3 {
        got.push(rx.recv().await.unwrap());
    }
    println!("got {:?}, capacity {}", got, tx.capacity());
}
