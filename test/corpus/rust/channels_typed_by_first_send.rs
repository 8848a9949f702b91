// values typed only by a later use: a oneshot typed by what a task sends, an unbounded channel whose cloned senders send &strs, Vec::new() filled with thread handles then moved into spawn_blocking, JoinSet::new() typed by its tasks, a map of broadcast senders made in or_insert_with, std mpsc inside Arc<Mutex<Receiver<Job>>>
use std::collections::HashMap;
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use tokio::sync::{broadcast, oneshot};
use tokio::task::JoinSet;

type Job = Box<dyn FnOnce() -> u32 + Send + 'static>;

fn digit_sum(mut n: u64) -> u64 {
    let mut sum = 0;
    while n > 0 {
        sum += n % 10;
        n /= 10;
    }
    sum
}

struct Board {
    rooms: HashMap<String, broadcast::Sender<String>>,
}

impl Board {
    fn join(&mut self, room: &str) -> broadcast::Receiver<String> {
        self.rooms.entry(room.to_string()).or_insert_with(|| broadcast::channel(4).0).subscribe()
    }

    fn post(&self, room: &str, text: &str) -> usize {
        match self.rooms.get(room) {
            Some(tx) => tx.send(text.to_string()).unwrap_or(0),
            None => 0,
        }
    }
}

fn start_worker(receiver: Arc<Mutex<mpsc::Receiver<Job>>>) -> thread::JoinHandle<Vec<u32>> {
    thread::spawn(move || {
        let mut done = Vec::new();
        loop {
            let next = receiver.lock().unwrap().recv();
            match next {
                Ok(job) => done.push(job()),
                Err(_) => break,
            }
        }
        done
    })
}

fn run_jobs(jobs: Vec<Job>) -> Vec<u32> {
    let (sender, receiver) = mpsc::channel();
    let receiver = Arc::new(Mutex::new(receiver));
    let workers: Vec<thread::JoinHandle<Vec<u32>>> = (0..2).map(|_| start_worker(Arc::clone(&receiver))).collect();
    for job in jobs {
        sender.send(job).unwrap();
    }
    drop(sender);
    let mut all: Vec<u32> = workers.into_iter().flat_map(|w| w.join().unwrap()).collect();
    all.sort();
    all
}

#[tokio::main]
async fn main() {
    let (tx, rx) = oneshot::channel();
    tokio::spawn(async move {
        let best = (1..=50u64).max_by_key(|&n| (digit_sum(n), n)).unwrap();
        let _ = tx.send((best, digit_sum(best)));
    });
    match rx.await {
        Ok((n, sum)) => println!("largest digit sum below 51: {} ({})", n, sum),
        Err(_) => println!("no answer"),
    }

    let (names_tx, mut names_rx) = tokio::sync::mpsc::unbounded_channel();
    for (name, delay) in [("slow", 30u64), ("fast", 10)] {
        let names_tx = names_tx.clone();
        tokio::spawn(async move {
            tokio::time::sleep(std::time::Duration::from_millis(delay)).await;
            names_tx.send(name).unwrap();
        });
    }
    drop(names_tx);
    let mut arrived = Vec::new();
    while let Some(name) = names_rx.recv().await {
        arrived.push(name);
    }
    println!("arrived {:?}", arrived);

    let (tick_tx, mut tick_rx) = tokio::sync::mpsc::unbounded_channel();
    for (label, _weight) in [("a", 1), ("b", 2)] {
        let tick_tx = tick_tx.clone();
        tick_tx.send(label).unwrap();
    }
    drop(tick_tx);
    let mut seen = Vec::new();
    loop {
        match tick_rx.try_recv() {
            Ok(label) => seen.push(label),
            Err(_) => {
                seen.push("<closed>");
                break;
            }
        }
    }
    println!("seen {:?}", seen);

    let mut handles = Vec::new();
    for k in 1..=3u32 {
        handles.push(thread::spawn(move || k * k));
    }
    let squares: Vec<u32> = tokio::task::spawn_blocking(move || handles.into_iter().map(|h| h.join().unwrap()).collect())
        .await
        .unwrap();
    println!("squares {:?}", squares);

    let mut set = JoinSet::new();
    for word in ["alpha", "be", "gam"] {
        set.spawn(async move { (word.len(), word.to_uppercase()) });
    }
    let mut results = Vec::new();
    while let Some(res) = set.join_next().await {
        results.push(res.unwrap());
    }
    results.sort();
    println!("joined {:?}", results);

    let mut board = Board { rooms: HashMap::new() };
    let mut rust_rx = board.join("rust");
    let _other = board.join("rust");
    println!("posted to {} readers, nobody in go: {}", board.post("rust", "hello"), board.post("go", "hi"));
    println!("read {:?}", rust_rx.recv().await.unwrap());

    let jobs: Vec<Job> = (1..=4u32).map(|i| Box::new(move || i * 10) as Job).collect();
    println!("jobs {:?}", run_jobs(jobs));
}
