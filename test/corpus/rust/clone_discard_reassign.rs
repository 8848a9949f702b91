// `let _ = tx.clone();` drops the clone at once, while `let _keep = tx.clone();` lives to the
// end of the scope; assigning a new sender to a variable drops the old one, closing its channel.
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (first_tx, mut first_rx) = mpsc::channel::<&str>(4);
    let (second_tx, mut second_rx) = mpsc::channel::<&str>(4);

    let mut tx = first_tx;
    let _ = tx.clone();
    tx.send("to first").await.unwrap();
    tx = second_tx;
    println!("first after reassignment: {:?}", first_rx.recv().await);
    println!("first again: {:?}", first_rx.recv().await);

    tx.send("to second").await.unwrap();
    {
        let _keep = tx.clone();
        drop(tx);
        println!("second while _keep lives: {:?}", second_rx.recv().await);
        println!("still open: {:?}", second_rx.try_recv().is_err());
    }
    println!("second after the block: {:?}", second_rx.recv().await);

    let (tx, mut rx) = mpsc::unbounded_channel::<u32>();
    let mut current = tx;
    for round in 1..=3u32 {
        current.send(round).unwrap();
        let (next_tx, next_rx) = mpsc::unbounded_channel::<u32>();
        current = next_tx;
        let mut got = Vec::new();
        while let Some(v) = rx.recv().await {
            got.push(v);
        }
        println!("round {} channel closed after {:?}", round, got);
        rx = next_rx;
    }
    drop(current);
    println!("last channel: {:?}", rx.recv().await);
}
