// a pinned Sleep as an idle timeout: reset on each message, deadline(), select! with a sleep branch, join! waits for the longest branch (paused time)
use tokio::sync::mpsc;
use tokio::time::{self, sleep, Duration, Instant};

async fn fetch(what: &str, ms: u64) -> String {
    sleep(Duration::from_millis(ms)).await;
    format!("{} ({}ms)", what, ms)
}

async fn fetch_within(what: &str, ms: u64, limit: Duration) -> Result<String, String> {
    tokio::select! {
        page = fetch(what, ms) => Ok(page),
        _ = sleep(limit) => Err(format!("{} gave up after {:?}", what, limit)),
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (a, b, c) = tokio::join!(fetch("a", 30), fetch("b", 70), fetch("c", 10));
    println!("{} {} {} after {}ms", a, b, c, start.elapsed().as_millis());

    for (what, ms) in [("fast", 49), ("slow", 51)] {
        match fetch_within(what, ms, Duration::from_millis(50)).await {
            Ok(page) => println!("ok {}", page),
            Err(e) => println!("err {}", e),
        }
    }

    let (tx, mut rx) = mpsc::channel::<u32>(4);
    tokio::spawn(async move {
        for (gap, n) in [(30, 1), (60, 2), (90, 3), (200, 4)] {
            sleep(Duration::from_millis(gap)).await;
            if tx.send(n).await.is_err() {
                break;
            }
        }
    });

    let start = Instant::now();
    let idle = Duration::from_millis(100);
    let timeout = time::sleep(idle);
    tokio::pin!(timeout);
    loop {
        tokio::select! {
            Some(n) = rx.recv() => {
                println!("{:>4}ms message {}", start.elapsed().as_millis(), n);
                timeout.as_mut().reset(Instant::now() + idle);
            }
            _ = &mut timeout => {
                println!("{:>4}ms idle, elapsed: {}", start.elapsed().as_millis(), timeout.is_elapsed());
                break;
            }
        }
    }
    println!("deadline was at {}ms", (timeout.deadline() - start).as_millis());
}
