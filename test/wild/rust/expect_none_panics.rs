// everyday tokio style: a lookup result is .expect()ed after collecting replies; the missing key panics main (exit 101)
use std::collections::HashMap;
use tokio::sync::{mpsc, oneshot};

type Request = (String, oneshot::Sender<Option<u32>>);

async fn directory(mut rx: mpsc::Receiver<Request>) {
    let mut ports = HashMap::new();
    ports.insert("http".to_string(), 80);
    ports.insert("https".to_string(), 443);
    ports.insert("ssh".to_string(), 22);
    while let Some((name, reply)) = rx.recv().await {
        let _ = reply.send(ports.get(&name).copied());
    }
}

async fn ask(tx: &mpsc::Sender<Request>, name: &str) -> Option<u32> {
    let (rtx, rrx) = oneshot::channel();
    tx.send((name.to_string(), rtx)).await.ok()?;
    rrx.await.ok().flatten()
}

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel(4);
    tokio::spawn(directory(rx));
    let mut total = 0;
    for name in ["ssh", "http", "gopher", "https"] {
        let port = ask(&tx, name).await;
        println!("{} -> {:?}", name, port);
        if let Some(p) = port {
            total += p;
        }
    }
    println!("total {}", total);
    let smtp = ask(&tx, "smtp").await.expect("smtp port must be configured");
    println!("never printed {}", smtp);
}
