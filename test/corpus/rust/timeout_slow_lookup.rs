// timeout around slow async fns: a lookup that answers in time, one that is too slow (Elapsed
// shown with {} and {:?}), retries with a growing budget using `for` + `break`, and a timeout
// around recv() on a channel whose sender is late, then closed.
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{sleep, timeout};

async fn lookup(city: &str, delay_ms: u64) -> Option<u32> {
    sleep(Duration::from_millis(delay_ms)).await;
    match city {
        "Oslo" => Some(709),
        "Lima" => Some(10_883),
        _ => None,
    }
}

#[tokio::main]
async fn main() {
    for (city, delay) in [("Oslo", 10), ("Lima", 400), ("Atlantis", 20)] {
        match timeout(Duration::from_millis(150), lookup(city, delay)).await {
            Ok(Some(population)) => println!("{}: {} thousand", city, population),
            Ok(None) => println!("{}: unknown city", city),
            Err(elapsed) => println!("{}: gave up ({} / {:?})", city, elapsed, elapsed),
        }
    }

    let mut answer = None;
    for (attempt, budget) in [50u64, 100, 1500].iter().enumerate() {
        match timeout(Duration::from_millis(*budget), lookup("Lima", 700)).await {
            Ok(found) => {
                answer = found;
                println!("attempt {} with {} ms succeeded", attempt + 1, budget);
                break;
            }
            Err(_) => println!("attempt {} with {} ms timed out", attempt + 1, budget),
        }
    }
    println!("answer: {}", answer.map(|p| p.to_string()).unwrap_or_else(|| "none".into()));

    let (tx, mut rx) = mpsc::channel::<&str>(1);
    tokio::spawn(async move {
        sleep(Duration::from_millis(300)).await;
        tx.send("finally").await.unwrap();
    });
    let first = timeout(Duration::from_millis(100), rx.recv()).await;
    println!("first wait: {:?}", first.is_err());
    let second = timeout(Duration::from_millis(1000), rx.recv()).await;
    println!("second wait: {:?}", second);
    let third = timeout(Duration::from_millis(1000), rx.recv()).await;
    println!("third wait: {:?}", third);
}
