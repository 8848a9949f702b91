// rust book ch.10 style + tokio docs: a generic Worker<T: Send> drains a Queue<T> over mpsc, where-clauses on impls
use std::collections::VecDeque;
use std::fmt::Debug;
use tokio::sync::mpsc;

struct Queue<T> {
    items: VecDeque<T>,
}

impl<T> Queue<T> {
    fn new() -> Self {
        Queue { items: VecDeque::new() }
    }
    fn push(&mut self, item: T) {
        self.items.push_back(item);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop_front()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
}

struct Worker<T: Send> {
    name: String,
    rx: mpsc::Receiver<T>,
}

impl<T> Worker<T>
where
    T: Send + Debug + 'static,
{
    fn new(name: &str, rx: mpsc::Receiver<T>) -> Self {
        Worker { name: name.to_string(), rx }
    }

    async fn run<F, R>(mut self, f: F) -> Vec<R>
    where
        F: Fn(&T) -> R,
    {
        let mut out = Vec::new();
        while let Some(item) = self.rx.recv().await {
            println!("{} got {:?}", self.name, item);
            out.push(f(&item));
        }
        out
    }
}

fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut best = list[0];
    for &x in list {
        if x > best {
            best = x;
        }
    }
    best
}

#[tokio::main]
async fn main() {
    let mut q: Queue<(u32, &'static str)> = Queue::new();
    for (i, w) in ["alpha", "beta", "gamma", "delta"].iter().enumerate() {
        q.push((i as u32 + 1, *w));
    }
    println!("queued {}", q.len());

    let (tx, rx) = mpsc::channel(2);
    let worker = Worker::new("w1", rx);
    let handle = tokio::spawn(worker.run(|&(n, s): &(u32, &str)| n as usize * s.len()));

    while let Some(item) = q.pop() {
        tx.send(item).await.unwrap();
    }
    drop(tx);

    let results = handle.await.unwrap();
    println!("results {:?}", results);
    println!("largest {}", largest(&results));
    println!("largest char {}", largest(&['q', 'z', 'a']));
    println!("largest float {}", largest(&[1.5, -2.0, 0.25]));
}
