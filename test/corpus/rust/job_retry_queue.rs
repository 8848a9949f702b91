// A job queue with retries: a worker task retries each job in a `loop` whose `break` carries a
// Result, each outcome comes back over a channel before the next job is sent, and main ends
// with std::process::exit(2) because one job failed every attempt.
use std::time::Duration;
use tokio::sync::mpsc;

const MAX_ATTEMPTS: u32 = 3;

#[derive(Debug)]
struct Job {
    id: u32,
    name: String,
    flaky_until: u32,
}

#[derive(Debug)]
enum Outcome {
    Done { id: u32, attempts: u32, value: String },
    GaveUp { id: u32, last_error: String },
}

async fn attempt(job: &Job, try_number: u32) -> Result<String, String> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    if try_number < job.flaky_until {
        Err(format!("{} timed out on try {}", job.name, try_number))
    } else {
        Ok(job.name.to_uppercase())
    }
}

async fn run_with_retries(job: Job) -> Outcome {
    let mut tries = 0;
    let result = loop {
        tries += 1;
        match attempt(&job, tries).await {
            Ok(value) => break Ok(value),
            Err(e) if tries < MAX_ATTEMPTS => println!("  job {} retrying after: {}", job.id, e),
            Err(e) => break Err(e),
        }
    };
    match result {
        Ok(value) => Outcome::Done { id: job.id, attempts: tries, value },
        Err(last_error) => Outcome::GaveUp { id: job.id, last_error },
    }
}

#[tokio::main]
async fn main() {
    let (job_tx, mut job_rx) = mpsc::channel::<Job>(8);
    let (out_tx, mut out_rx) = mpsc::channel(8);
    tokio::spawn(async move {
        while let Some(job) = job_rx.recv().await {
            println!("worker takes {:?}", job);
            out_tx.send(run_with_retries(job).await).await.unwrap();
        }
    });
    let mut failed = Vec::new();
    for (id, name, flaky_until) in [(1, "resize", 1), (2, "upload", 3), (3, "notify", 5), (4, "index", 2)] {
        job_tx.send(Job { id, name: name.to_string(), flaky_until }).await.unwrap();
        match out_rx.recv().await.expect("worker answers every job") {
            Outcome::Done { id, attempts: 1, value } => println!("job {}: {} on the first try", id, value),
            Outcome::Done { id, attempts, value } => println!("job {}: {} after {} tries", id, value, attempts),
            Outcome::GaveUp { id, last_error } => {
                println!("job {}: gave up ({})", id, last_error);
                failed.push(id);
            }
        }
    }
    drop(job_tx);
    println!("worker gone: {}", out_rx.recv().await.is_none());
    if !failed.is_empty() {
        println!("{} job(s) failed: {:?}", failed.len(), failed);
        std::process::exit(2);
    }
    println!("all jobs done");
}
