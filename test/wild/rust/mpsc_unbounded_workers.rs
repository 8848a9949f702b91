// tokio docs style: several tasks share cloned UnboundedSenders; results sorted before printing
use tokio::sync::mpsc;

#[derive(Debug)]
struct Report {
    worker: usize,
    square: usize,
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded_channel::<Report>();

    for worker in 1..=5 {
        let tx = tx.clone();
        tokio::spawn(async move {
            tx.send(Report { worker, square: worker * worker }).expect("receiver alive");
        });
    }
    drop(tx);

    let mut reports = Vec::new();
    while let Some(r) = rx.recv().await {
        reports.push(r);
    }
    reports.sort_by_key(|r| r.worker);
    for r in &reports {
        println!("worker {} -> {}", r.worker, r.square);
    }
    let total: usize = reports.iter().map(|r| r.square).sum();
    println!("total {}", total);
}
