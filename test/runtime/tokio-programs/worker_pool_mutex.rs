// A worker pool sharing one receiver through Arc<tokio::sync::Mutex<Receiver>>: each worker
// locks the receiver only while it takes a job. Results come back on a second channel.
use std::sync::Arc;
use tokio::sync::{mpsc, Mutex};

#[tokio::main]
async fn main() {
    let (job_tx, job_rx) = mpsc::channel::<u64>(4);
    let (result_tx, mut result_rx) = mpsc::channel::<(usize, u64, u64)>(4);
    let job_rx = Arc::new(Mutex::new(job_rx));

    let mut workers = Vec::new();
    for id in 0..3 {
        let job_rx = Arc::clone(&job_rx);
        let result_tx = result_tx.clone();
        workers.push(tokio::spawn(async move {
            let mut done = 0;
            loop {
                let job = {
                    let mut rx = job_rx.lock().await;
                    rx.recv().await
                };
                let Some(n) = job else { break };
                result_tx.send((id, n, n * n)).await.unwrap();
                done += 1;
            }
            done
        }));
    }
    drop(result_tx);

    tokio::spawn(async move {
        for n in 1..=20 {
            job_tx.send(n).await.unwrap();
        }
    });

    let mut squares = Vec::new();
    while let Some((_worker, n, square)) = result_rx.recv().await {
        squares.push((n, square));
    }
    squares.sort();
    let mut total_jobs = 0;
    for worker in workers {
        total_jobs += worker.await.unwrap();
    }
    println!("jobs done by the pool: {}", total_jobs);
    println!("squares: {:?}", squares.iter().map(|&(_, s)| s).collect::<Vec<_>>());
    println!("sum of squares: {}", squares.iter().map(|&(_, s)| s).sum::<u64>());
}
