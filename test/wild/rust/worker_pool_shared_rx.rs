// tokio docs style: worker pool sharing one receiver through Arc<Mutex<Receiver>>, trait-object jobs
use std::sync::Arc;
use tokio::sync::{mpsc, Mutex};

trait Job: Send {
    fn name(&self) -> String;
    fn run(&self) -> i64;
}

struct Add(i64, i64);
struct Factorial(u32);
struct Reverse(String);

impl Job for Add {
    fn name(&self) -> String {
        format!("add({}, {})", self.0, self.1)
    }
    fn run(&self) -> i64 {
        self.0 + self.1
    }
}

impl Job for Factorial {
    fn name(&self) -> String {
        format!("fact({})", self.0)
    }
    fn run(&self) -> i64 {
        (1..=self.0 as i64).product()
    }
}

impl Job for Reverse {
    fn name(&self) -> String {
        format!("rev({})", self.0)
    }
    fn run(&self) -> i64 {
        self.0.chars().rev().collect::<String>().parse().unwrap_or(-1)
    }
}

#[tokio::main]
async fn main() {
    let (job_tx, job_rx) = mpsc::channel::<Box<dyn Job>>(4);
    let (res_tx, mut res_rx) = mpsc::channel::<(String, i64, usize)>(4);
    let job_rx = Arc::new(Mutex::new(job_rx));

    for worker in 0..3 {
        let job_rx = job_rx.clone();
        let res_tx = res_tx.clone();
        tokio::spawn(async move {
            loop {
                let next = job_rx.lock().await.recv().await;
                let Some(job) = next else { break };
                res_tx.send((job.name(), job.run(), worker)).await.unwrap();
            }
        });
    }
    drop(res_tx);

    tokio::spawn(async move {
        let jobs: Vec<Box<dyn Job>> = vec![
            Box::new(Add(2, 3)),
            Box::new(Factorial(10)),
            Box::new(Reverse("1234".into())),
            Box::new(Add(-7, 7)),
            Box::new(Factorial(5)),
            Box::new(Reverse("abc".into())),
        ];
        for j in jobs {
            if job_tx.send(j).await.is_err() {
                break;
            }
        }
    });

    let mut results = Vec::new();
    let mut workers_used = std::collections::HashSet::new();
    while let Some((name, value, worker)) = res_rx.recv().await {
        workers_used.insert(worker);
        results.push((name, value));
    }
    results.sort();
    for (name, value) in &results {
        println!("{:<12} = {}", name, value);
    }
    println!("jobs done: {}, at least one worker: {}", results.len(), !workers_used.is_empty());
}
