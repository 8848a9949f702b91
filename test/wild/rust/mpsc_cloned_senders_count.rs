// tokio tests style: recv returns None only once every cloned sender has been dropped
use tokio::sync::mpsc;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<(u32, u32)>(4);

    let delays = [10u64, 25, 45];
    for id in 0..3u32 {
        let tx = tx.clone();
        let delay = delays[id as usize];
        tokio::spawn(async move {
            for step in 0..3u32 {
                sleep(Duration::from_millis(delay)).await;
                tx.send((id, step)).await.unwrap();
            }
        });
    }
    drop(tx);

    let mut arrivals = Vec::new();
    while let Some(msg) = rx.recv().await {
        arrivals.push(msg);
    }
    // paused clock makes arrival order a function of the sleep lengths
    for (id, step) in &arrivals {
        print!("{}.{} ", id, step);
    }
    println!();
    assert_eq!(arrivals.len(), 9);
    println!("channel closed after {} messages", arrivals.len());
}
