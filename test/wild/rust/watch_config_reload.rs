// tokio docs style: watch channel publishes configuration; a task reacts to each change
use tokio::sync::{mpsc, watch};

#[derive(Clone, Debug)]
struct Config {
    version: u32,
    name: String,
}

#[tokio::main]
async fn main() {
    let (cfg_tx, mut cfg_rx) = watch::channel(Config { version: 1, name: "initial".into() });
    let (ack_tx, mut ack_rx) = mpsc::channel::<u32>(1);

    let first = cfg_rx.borrow().name.clone();
    let watcher = tokio::spawn(async move {
        let mut seen = vec![first];
        while cfg_rx.changed().await.is_ok() {
            let cfg = cfg_rx.borrow().clone();
            seen.push(format!("{}@v{}", cfg.name, cfg.version));
            ack_tx.send(cfg.version).await.unwrap();
        }
        seen
    });

    for (v, name) in [(2, "staging"), (3, "production")] {
        cfg_tx.send(Config { version: v, name: name.to_string() }).unwrap();
        let acked = ack_rx.recv().await.unwrap();
        println!("watcher acknowledged v{}", acked);
    }
    println!("sender still sees: {:?}", *cfg_tx.borrow());
    drop(cfg_tx);

    let history = watcher.await.unwrap();
    println!("history: {}", history.join(" -> "));
}
