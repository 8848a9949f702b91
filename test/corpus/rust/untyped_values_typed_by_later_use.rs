// a OnceCell, a Mutex<Vec<_>> and a oneshot channel made without a type: what Rust learns later (a parameter's type, a typed `let` pushed from a thread, a u64 range, a tuple variant's field) types them
use std::sync::{Arc, Mutex};
use std::thread;
use tokio::sync::{mpsc, oneshot, OnceCell};

#[derive(Debug)]
struct Settings {
    name: String,
    retries: u32,
}

#[derive(Debug)]
enum Request {
    Add(u32),
    Total(oneshot::Sender<u32>),
}

async fn counter(mut requests: mpsc::Receiver<Request>) {
    let mut sum = 0;
    while let Some(request) = requests.recv().await {
        match request {
            Request::Add(n) => sum += n,
            Request::Total(reply) => {
                let _ = reply.send(sum);
            }
        }
    }
}

async fn install(cell: Arc<OnceCell<Settings>>, name: &str) -> bool {
    cell.set(Settings { name: name.to_string(), retries: 3 }).is_ok()
}

#[tokio::main]
async fn main() {
    let cell = Arc::new(OnceCell::new());
    let first = install(Arc::clone(&cell), "primary").await;
    let second = install(cell.clone(), "backup").await;
    println!("first set: {first}, second set: {second}");
    let settings = cell.get().expect("installed");
    println!("{} with {} retries", settings.name, settings.retries);

    let squares = Arc::new(Mutex::new(Vec::new()));
    let handles: Vec<_> = (1..=3u64)
        .map(|n| {
            let squares = Arc::clone(&squares);
            thread::spawn(move || {
                let total: u64 = (1..=n * 10).map(|k| k * k).sum();
                squares.lock().unwrap().push((n, total));
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let mut found = squares.lock().unwrap().clone();
    found.sort();
    for (n, total) in &found {
        println!("squares up to {:>2}: {total}", n * 10);
    }
    let biggest = found.iter().map(|&(_, t)| t).max().unwrap_or(0);
    println!("largest sum: {biggest}");

    let (tx, rx) = mpsc::channel(8);
    let actor = tokio::spawn(counter(rx));
    for n in [5, 10, 20] {
        tx.send(Request::Add(n)).await.unwrap();
    }
    let (reply_tx, reply_rx) = oneshot::channel();
    tx.send(Request::Total(reply_tx)).await.unwrap();
    println!("counter total: {}", reply_rx.await.unwrap());
    drop(tx);
    actor.await.unwrap();
}
