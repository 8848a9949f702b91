// watch carries a config struct: the watcher waits with changed(), reads with borrow(), and
// acknowledges each version so the sender's updates are seen one by one; when the sender is
// dropped changed() returns an error and the watcher ends with the last value still readable.
use tokio::sync::{mpsc, watch};

#[derive(Debug, Clone, PartialEq)]
struct Config {
    level: String,
    workers: u8,
}

#[tokio::main]
async fn main() {
    let (cfg_tx, mut cfg_rx) = watch::channel(Config { level: "info".to_string(), workers: 2 });
    let (ack_tx, mut ack_rx) = mpsc::channel::<u8>(1);

    println!("initial: {:?}", *cfg_rx.borrow());
    let watcher = tokio::spawn(async move {
        let mut seen = 0;
        while cfg_rx.changed().await.is_ok() {
            let cfg = cfg_rx.borrow().clone();
            seen += 1;
            ack_tx.send(cfg.workers).await.unwrap();
        }
        let last = cfg_rx.borrow().clone();
        (seen, last)
    });

    let updates = [("debug", 4), ("warn", 8), ("error", 1)];
    for (level, workers) in updates {
        cfg_tx.send(Config { level: level.to_string(), workers }).unwrap();
        let acked = ack_rx.recv().await.unwrap();
        println!("watcher applied {} workers at level {}", acked, cfg_tx.borrow().level);
    }
    println!("receivers still watching: {}", cfg_tx.receiver_count());
    drop(cfg_tx);

    let (seen, last) = watcher.await.unwrap();
    println!("watcher saw {} changes; last config:", seen);
    println!("{:#?}", last);
    println!("ack channel after the watcher ended: {:?}", ack_rx.recv().await);
}
