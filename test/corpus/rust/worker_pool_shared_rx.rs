// A pool of worker tasks sharing one job receiver as Arc<tokio::sync::Mutex<Receiver>>: each job
// is taken by exactly one worker (the lock is released before the job runs), results come back
// on a second channel that closes when the last worker's sender is dropped, and are sorted
// before printing because which worker takes which job depends on the schedule.
use std::sync::Arc;
use tokio::sync::{mpsc, Mutex};

type SharedJobs = Arc<Mutex<mpsc::Receiver<Job>>>;

#[derive(Debug, Clone)]
struct Job {
    id: u32,
    text: String,
}

async fn next_job(jobs: &SharedJobs) -> Option<Job> {
    let mut receiver = jobs.lock().await;
    receiver.recv().await
}

async fn worker(jobs: SharedJobs, results: mpsc::Sender<(u32, String)>) -> usize {
    let mut handled = 0;
    while let Some(job) = next_job(&jobs).await {
        let shouted = format!("{}!", job.text.to_uppercase());
        results.send((job.id, shouted)).await.expect("main reads every result");
        handled += 1;
    }
    handled
}

#[tokio::main]
async fn main() {
    let (job_tx, job_rx) = mpsc::channel::<Job>(2);
    let (result_tx, mut result_rx) = mpsc::channel(4);
    let jobs: SharedJobs = Arc::new(Mutex::new(job_rx));

    let pool: Vec<_> = (0..3).map(|_| tokio::spawn(worker(jobs.clone(), result_tx.clone()))).collect();
    drop(result_tx);

    let feeder = tokio::spawn(async move {
        let words = "one two three four five six seven";
        for (i, word) in words.split(' ').enumerate() {
            job_tx.send(Job { id: i as u32 + 1, text: word.to_string() }).await.unwrap();
        }
    });

    let mut results = Vec::new();
    while let Some(result) = result_rx.recv().await {
        results.push(result);
    }
    results.sort_by_key(|(id, _)| *id);
    for (id, text) in &results {
        println!("job {}: {}", id, text);
    }

    feeder.await.unwrap();
    let mut handled = 0;
    for handle in pool {
        handled += handle.await.unwrap();
    }
    println!("{} jobs handled by 3 workers", handled);
    println!("only main holds the receiver now: {}", Arc::strong_count(&jobs) == 1);
}
