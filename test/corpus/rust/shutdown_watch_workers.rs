// Graceful shutdown with watch<bool>: workers select! between their job queue and the shutdown
// flag, acknowledge every job, stop when the flag turns true, and return their counts; a job
// sent after shutdown is refused and given back.
use tokio::sync::{mpsc, watch};

async fn worker(
    id: u32,
    mut jobs: mpsc::Receiver<u32>,
    mut shutdown: watch::Receiver<bool>,
    done: mpsc::Sender<(u32, u32)>,
) -> (u32, u32) {
    let mut handled = 0;
    loop {
        tokio::select! {
            Some(job) = jobs.recv() => {
                handled += 1;
                done.send((id, job * job)).await.unwrap();
            }
            changed = shutdown.changed() => {
                if changed.is_err() || *shutdown.borrow() {
                    break;
                }
            }
        }
    }
    (id, handled)
}

#[tokio::main]
async fn main() {
    let (stop_tx, stop_rx) = watch::channel(false);
    let (done_tx, mut done_rx) = mpsc::channel(4);
    let mut queues = Vec::new();
    let mut handles = Vec::new();
    for id in 1..=3 {
        let (job_tx, job_rx) = mpsc::channel(2);
        queues.push(job_tx);
        handles.push(tokio::spawn(worker(id, job_rx, stop_rx.clone(), done_tx.clone())));
    }
    drop(done_tx);

    let mut sent = 0;
    for job in 1..=7u32 {
        let queue = &queues[(job as usize) % queues.len()];
        queue.send(job).await.unwrap();
        sent += 1;
    }
    let mut results = Vec::new();
    while results.len() < sent {
        results.push(done_rx.recv().await.unwrap());
    }
    results.sort();
    println!("results: {:?}", results);

    stop_tx.send(true).unwrap();
    for handle in handles {
        let (id, handled) = handle.await.unwrap();
        println!("worker {} stopped after {} job(s)", id, handled);
    }
    match queues[0].send(99).await {
        Ok(()) => println!("late job accepted?"),
        Err(mpsc::error::SendError(job)) => println!("late job {} refused", job),
    }
    println!("all senders of results gone: {:?}", done_rx.recv().await);
    println!("flag is now {}", *stop_rx.borrow());
}
