// watch: receivers see the latest value; changes sent while nobody looked coalesce into one.
// A watcher task prints each config it sees and acknowledges it on an mpsc channel, so every
// update below is seen exactly once.
use tokio::sync::{mpsc, watch};

#[derive(Debug, Clone, PartialEq)]
struct Config {
    name: String,
    retries: u32,
    verbose: bool,
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = watch::channel(Config { name: "default".to_string(), retries: 1, verbose: false });
    println!("initial: {:?}", *rx.borrow());
    println!("changed before any send: {:?}", rx.has_changed());

    tx.send(Config { name: "v2".to_string(), retries: 2, verbose: false }).unwrap();
    tx.send(Config { name: "v3".to_string(), retries: 3, verbose: true }).unwrap();
    println!("changed after two sends: {:?}", rx.has_changed());
    println!("seen: {:?}", *rx.borrow_and_update());
    println!("changed after borrow_and_update: {:?}", rx.has_changed());

    let (ack_tx, mut ack_rx) = mpsc::channel::<u32>(1);
    let watcher = tokio::spawn(async move {
        let mut seen = 0;
        while rx.changed().await.is_ok() {
            let config = rx.borrow().clone();
            seen += 1;
            println!("watcher sees {:?} (retries {})", config.name, config.retries);
            ack_tx.send(config.retries).await.unwrap();
        }
        println!("watcher: sender dropped after {} changes", seen);
        seen
    });

    for retries in 4..=6 {
        tx.send(Config { name: format!("v{}", retries), retries, verbose: retries % 2 == 0 }).unwrap();
        let acked = ack_rx.recv().await.unwrap();
        println!("main: watcher acknowledged retries {}", acked);
    }
    tx.send_modify(|config| config.verbose = !config.verbose);
    ack_rx.recv().await.unwrap();
    let old = tx.send_replace(Config { name: "final".to_string(), retries: 9, verbose: false });
    ack_rx.recv().await.unwrap();
    println!("replaced {:?}", old);

    drop(tx);
    println!("watcher saw {} changes", watcher.await.unwrap());
    println!("acks left: {:?}", ack_rx.recv().await);

    let (tx, rx) = watch::channel(0u8);
    drop(rx);
    println!("send without receivers: {:?}", tx.send(1));
    println!("value kept anyway: {}", *tx.borrow());
}
