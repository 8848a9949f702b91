// A sender moved into a spawned task is dropped when that task ends, not at the end of the
// scope it was moved out of: the receiver sees the channel close while main still runs.
use tokio::sync::mpsc;

async fn produce(tx: mpsc::Sender<u32>, from: u32, count: u32) {
    for i in from..from + count {
        tx.send(i).await.expect("receiver alive");
    }
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(2);
    let handle = tokio::spawn(async move {
        produce(tx, 100, 3).await;
        "producer finished"
    });

    let mut got = Vec::new();
    while let Some(v) = rx.recv().await {
        got.push(v);
    }
    println!("received {:?}; channel closed when the task ended", got);
    println!("{}", handle.await.unwrap());

    let (tx, mut rx) = mpsc::channel::<String>(1);
    let task_tx = tx.clone();
    tokio::spawn(async move {
        task_tx.send("from the task".to_string()).await.unwrap();
    });
    println!("{:?}", rx.recv().await);
    println!("main still holds a sender, so try_recv says {:?}", rx.try_recv());
    drop(tx);
    println!("after drop(tx): {:?}", rx.recv().await);
}
