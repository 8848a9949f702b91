// tokio::try_join! gives Ok of every value or the first Err (the other futures dropped), join! over JoinHandles gives Results, and collect() into the Result a function returns.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use tokio::time::{sleep, Duration};

#[derive(Debug)]
enum LookupError {
    Missing(String),
}

async fn lookup(name: &str, delay_ms: u64, found: bool) -> Result<usize, LookupError> {
    sleep(Duration::from_millis(delay_ms)).await;
    if found {
        Ok(name.len())
    } else {
        Err(LookupError::Missing(name.to_string()))
    }
}

fn parse_all(inputs: &[&str]) -> Result<Vec<i32>, String> {
    inputs
        .iter()
        .map(|s| s.parse::<i32>().map_err(|e| format!("{:?}: {}", s, e)))
        .collect()
}

#[tokio::main]
async fn main() {
    let both = tokio::try_join!(lookup("alpha", 100, true), lookup("be", 10, true));
    println!("both: {:?}", both);

    let finished = Arc::new(AtomicUsize::new(0));
    let counter = finished.clone();
    let slow = async move {
        sleep(Duration::from_millis(600)).await;
        counter.fetch_add(1, Ordering::SeqCst);
        Ok::<usize, LookupError>(0)
    };
    let failed = tokio::try_join!(slow, lookup("gamma", 100, false), lookup("delta", 300, false));
    match failed {
        Ok(v) => println!("unexpected {:?}", v),
        Err(LookupError::Missing(name)) => println!("first error: missing {}", name),
    }
    sleep(Duration::from_millis(800)).await;
    println!("slow future finished: {}", finished.load(Ordering::SeqCst));

    let a = tokio::spawn(async { 6 * 7 });
    let b = tokio::spawn(async { "done" });
    let (ra, rb) = tokio::join!(a, b);
    println!("handles: {} {}", ra.unwrap(), rb.unwrap());

    println!("{:?}", parse_all(&["1", "2", "3"]));
    println!("{:?}", parse_all(&["4", "x", "y"]));
}
