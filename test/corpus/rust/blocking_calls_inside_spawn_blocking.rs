// blocking_recv and blocking_send are allowed inside spawn_blocking: its thread drives no task.
use tokio::sync::{mpsc, oneshot};
use tokio::task;

#[tokio::main]
async fn main() {
    let (jobs_tx, mut jobs_rx) = mpsc::channel::<u64>(2);
    let (results_tx, mut results_rx) = mpsc::channel::<u64>(2);

    // A synchronous worker on the blocking pool: it squares every job it is given.
    let worker = task::spawn_blocking(move || {
        let mut handled = 0;
        while let Some(job) = jobs_rx.blocking_recv() {
            results_tx.blocking_send(job * job).unwrap();
            handled += 1;
        }
        handled
    });

    for job in 1..=4 {
        jobs_tx.send(job).await.unwrap();
        let squared = results_rx.recv().await.unwrap();
        println!("{} squared is {}", job, squared);
    }
    drop(jobs_tx);
    assert_eq!(worker.await.unwrap(), 4);

    // A oneshot answered from async code, waited for on the blocking pool.
    let (tx, rx) = oneshot::channel::<String>();
    let waiter = tokio::task::spawn_blocking(move || rx.blocking_recv().unwrap());
    tx.send("ready".to_string()).unwrap();
    let got = waiter.await.unwrap();
    assert_eq!(got, "ready");
    println!("oneshot said {}", got);
}
