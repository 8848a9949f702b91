// everyday tokio style: retry a flaky call with timeout and exponential backoff, Instant arithmetic under paused time
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use tokio::time::{self, sleep, Duration, Instant};

#[derive(Debug)]
enum CallError {
    Timeout(u32),
    Refused(u32),
}

impl CallError {
    fn attempt(&self) -> u32 {
        match self {
            CallError::Timeout(a) | CallError::Refused(a) => *a,
        }
    }
}

async fn flaky(attempt: u32, calls: Arc<AtomicU32>) -> Result<String, CallError> {
    calls.fetch_add(1, Ordering::SeqCst);
    match attempt {
        1 => {
            sleep(Duration::from_secs(5)).await;
            Ok("too late".into())
        }
        2 => Err(CallError::Refused(attempt)),
        3 => {
            sleep(Duration::from_millis(900)).await;
            Ok("slow but fine".into())
        }
        _ => Ok("fast".into()),
    }
}

async fn with_retry(max: u32, calls: Arc<AtomicU32>) -> Result<(u32, String), Vec<CallError>> {
    let mut errors = Vec::new();
    let mut backoff = Duration::from_millis(100);
    for attempt in 1..=max {
        let res = time::timeout(Duration::from_secs(1), flaky(attempt, calls.clone())).await;
        match res {
            Ok(Ok(v)) => return Ok((attempt, v)),
            Ok(Err(e)) => errors.push(e),
            Err(_elapsed) => errors.push(CallError::Timeout(attempt)),
        }
        println!("attempt {} failed, backing off {:?}", attempt, backoff);
        sleep(backoff).await;
        backoff = (backoff * 2).min(Duration::from_millis(300));
    }
    Err(errors)
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let calls = Arc::new(AtomicU32::new(0));
    let start = Instant::now();
    match with_retry(5, calls.clone()).await {
        Ok((n, v)) => println!("succeeded on attempt {} with {:?}", n, v),
        Err(errs) => println!("gave up: {:?}", errs),
    }
    let took = Instant::now() - start;
    println!("took {:?} ({} ms), calls {}", took, took.as_millis(), calls.load(Ordering::SeqCst));

    let start = Instant::now();
    let res = with_retry(2, calls.clone()).await;
    let errs = res.map(|_| ()).unwrap_err();
    let attempts: Vec<u32> = errs.iter().map(|e| e.attempt()).collect();
    println!("short budget: {:?} attempts {:?}", errs, attempts);
    let deadline = start + Duration::from_millis(1500);
    println!("past deadline by {:?}", Instant::now().saturating_duration_since(deadline));
    println!("deadline remaining {:?}", deadline.checked_duration_since(Instant::now()));
    println!("calls {}", calls.load(Ordering::SeqCst));
}
