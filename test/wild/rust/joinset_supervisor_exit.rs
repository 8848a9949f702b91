// everyday tokio style: a supervisor respawns failing jobs in a JoinSet with backoff (paused time); a job that never succeeds makes it exit 4
use std::collections::BTreeMap;
use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::{sleep, Instant};

#[derive(Debug, Clone, Copy)]
enum Job {
    Fetch(u32),
    Resize(u32),
    Corrupt,
}

async fn run(job: Job, attempt: u32) -> (Job, u32, Result<String, String>) {
    let res = match job {
        Job::Fetch(n) => {
            sleep(Duration::from_millis(10 * n as u64 + 3)).await;
            if attempt < 2 && n % 2 == 1 {
                Err(format!("fetch {} reset by peer", n))
            } else {
                Ok(format!("fetched {} bytes", n * 512))
            }
        }
        Job::Resize(px) => {
            sleep(Duration::from_millis(7)).await;
            Ok(format!("resized to {}x{}", px, px))
        }
        Job::Corrupt => {
            sleep(Duration::from_millis(1)).await;
            Err("checksum mismatch".to_string())
        }
    };
    (job, attempt, res)
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    const MAX_ATTEMPTS: u32 = 3;
    let start = Instant::now();
    let mut set = JoinSet::new();
    for job in [Job::Fetch(1), Job::Fetch(2), Job::Resize(64), Job::Fetch(5), Job::Corrupt] {
        set.spawn(run(job, 1));
    }
    let mut failures: BTreeMap<String, u32> = BTreeMap::new();
    let mut done = 0;
    while let Some(joined) = set.join_next().await {
        let (job, attempt, res) = joined.expect("job task panicked");
        let t = start.elapsed().as_millis();
        match res {
            Ok(msg) => {
                done += 1;
                println!("[{:>4}ms] {:?} ok on attempt {}: {}", t, job, attempt, msg);
            }
            Err(e) if attempt < MAX_ATTEMPTS => {
                println!("[{:>4}ms] {:?} failed ({}), retrying", t, job, e);
                *failures.entry(format!("{:?}", job)).or_default() += 1;
                let backoff = Duration::from_millis(20 * 2u64.pow(attempt));
                set.spawn(async move {
                    sleep(backoff).await;
                    run(job, attempt + 1).await
                });
            }
            Err(e) => {
                println!("[{:>4}ms] {:?} gave up after {} attempts: {}", t, job, attempt, e);
                println!("completed {} jobs, failures so far: {:?}", done, failures);
                set.abort_all();
                let mut aborted = 0;
                while let Some(r) = set.join_next().await {
                    if r.is_err() {
                        aborted += 1;
                    }
                }
                println!("aborted {} outstanding jobs", aborted);
                std::process::exit(4);
            }
        }
    }
    println!("all jobs done");
}
