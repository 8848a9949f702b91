// Tuple structs (construction, .0 fields, methods, trait impls, Debug, sent through a channel), ranges without end (take_while, take, zip), chunks, and a JoinSet task whose arguments are evaluated when it is spawned.
use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use tokio::sync::mpsc;
use tokio::task::JoinSet;

trait Shape: Send {
    fn area(&self) -> f64;
    fn label(&self) -> String;
}

#[derive(Debug, Clone, PartialEq)]
struct Meters(f64);

#[derive(Debug)]
struct Rect(f64, f64);

struct Square(f64);

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.0 * self.1
    }
    fn label(&self) -> String {
        format!("rect {}x{}", self.0, self.1)
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn label(&self) -> String {
        format!("square {}", self.0)
    }
}

impl Meters {
    fn double(&self) -> Self {
        Self(self.0 * 2.0)
    }
}

fn is_prime(n: u64) -> bool {
    n >= 2 && (2..).take_while(|d| d * d <= n).all(|d| n % d != 0)
}

async fn describe(id: usize, tx: mpsc::Sender<String>) -> usize {
    tx.send(format!("task {}", id)).await.unwrap();
    id
}

#[tokio::main]
async fn main() {
    let m = Meters(1.5);
    println!("{:?} doubled {:?}, equal to itself: {}", m, m.double(), m == m.clone());
    println!("{:?} field {}", Rect(2.0, 3.0), Rect(2.0, 3.0).0);

    let (tx, mut rx) = mpsc::channel::<Rect>(4);
    tokio::spawn(async move {
        for r in [Rect(2.0, 3.5), Rect(1.0, 4.0)] {
            tx.send(r).await.unwrap();
        }
    });
    while let Some(rect) = rx.recv().await {
        println!("{} has area {}", rect.label(), rect.area());
    }
    let square = Square(4.0);
    println!("{} has area {}", square.label(), square.area());

    let primes: Vec<u64> = (1..30).filter(|&n| is_prime(n)).collect();
    println!("primes {:?}", primes);
    let firsts: Vec<u32> = (10..).take(3).collect();
    let numbered: Vec<(char, i32)> = vec!['a', 'b', 'c'].into_iter().zip(1..).collect();
    println!("take {:?} zip {:?}", firsts, numbered);

    let data: Vec<u32> = (1..=7).collect();
    let sums: Vec<u32> = data.chunks(3).map(|c| c.iter().sum()).collect();
    println!("chunk sums {:?}", sums);

    let shared = Arc::new(Mutex::new(vec![10, 20, 30]));
    {
        let guard = shared.lock().unwrap();
        println!("through the guard: {}", guard[1]);
    }

    let (out_tx, mut out_rx) = mpsc::channel(8);
    let mut set: JoinSet<usize> = JoinSet::new();
    for id in 0..3 {
        set.spawn(describe(id, out_tx.clone()));
    }
    drop(out_tx);
    let mut ids: Vec<usize> = Vec::new();
    while let Some(done) = set.join_next().await {
        ids.push(done.unwrap());
    }
    ids.sort();
    let mut lines = Vec::new();
    while let Some(line) = out_rx.recv().await {
        lines.push(line);
    }
    lines.sort();
    let unique: HashSet<usize> = ids.iter().copied().collect();
    println!("ids {:?} lines {:?} any: {}", ids, lines, !unique.is_empty());
}
