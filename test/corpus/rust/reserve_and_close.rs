// mpsc reserve() waits for a slot and gives a Permit that sends without waiting; capacity()
// counts free slots; Receiver::close() makes every waiting and later reserve or send fail while
// the values already queued can still be read.
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<&str>(3);
    println!("capacity at start: {}", tx.capacity());
    let permit = tx.reserve().await.unwrap();
    println!("capacity with a permit held: {}", tx.capacity());
    tx.send("sent directly").await.unwrap();
    permit.send("sent with the permit");
    println!("capacity after both: {}", tx.capacity());
    println!("{:?}", rx.recv().await);
    println!("capacity after one recv: {}", tx.capacity());
    tx.send("second").await.unwrap();
    tx.send("third").await.unwrap();
    println!("full: capacity {}", tx.capacity());

    let producer_tx = tx.clone();
    let producer = tokio::spawn(async move {
        let mut delivered = 0;
        for word in ["x", "y"] {
            match producer_tx.reserve().await {
                Ok(permit) => {
                    permit.send(word);
                    delivered += 1;
                }
                Err(e) => {
                    println!("producer's reserve failed: {:?} / {}", e, e);
                    break;
                }
            }
        }
        delivered
    });

    rx.close();
    let delivered = producer.await.unwrap();
    println!("producer delivered {}", delivered);
    println!("sender sees is_closed = {}", tx.is_closed());
    let late = tx.send("late").await;
    println!("send after close: {:?}", late);
    let mut drained = Vec::new();
    while let Some(v) = rx.recv().await {
        drained.push(v);
    }
    println!("drained after close: {:?}", drained);
    println!("reserve on the closed channel: {}", tx.reserve().await.is_err());
}
