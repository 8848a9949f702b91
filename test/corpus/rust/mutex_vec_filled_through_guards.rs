// `Arc<Mutex<Vec<_>>>` made with `Mutex::new(Vec::new())` and no element type: the type comes from pushes through a guard held in a local, through `lock().unwrap().push(..)` in threads spawned by `.enumerate().map(..)`, and through a Tokio Mutex guard in tasks.
use std::sync::{Arc, Mutex};
use std::thread;

#[tokio::main]
async fn main() {
    let counter = Arc::new(Mutex::new(Vec::new()));
    let mut handles = vec![];

    for i in 0..5 {
        let counter = Arc::clone(&counter);
        let handle = thread::spawn(move || {
            let mut seen = counter.lock().unwrap();
            seen.push(i * 10);
        });
        handles.push(handle);
    }

    for handle in handles {
        handle.join().unwrap();
    }
    let mut seen = counter.lock().unwrap().clone();
    seen.sort();
    println!("Result: {:?}", seen);

    let words = "apple banana cherry";
    let lengths = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = words
        .split_whitespace()
        .enumerate()
        .map(|(i, word)| {
            let word = word.to_string();
            let lengths = Arc::clone(&lengths);
            thread::spawn(move || {
                lengths.lock().unwrap().push((i, word.len()));
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    let mut ranked = lengths.lock().unwrap().clone();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let (first, letters) = ranked[0];
    println!("{} words; word {} is the longest ({} letters)", ranked.len(), first, letters);

    let log = Arc::new(tokio::sync::Mutex::new(Vec::new()));
    let mut tasks = Vec::new();
    for id in 1..=3 {
        let log = Arc::clone(&log);
        tasks.push(tokio::spawn(async move {
            let mut entries = log.lock().await;
            entries.push(format!("task {} done", id));
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let mut entries = log.lock().await.clone();
    entries.sort();
    println!("{}", entries.join(", "));
}
