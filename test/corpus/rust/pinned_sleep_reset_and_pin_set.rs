// A pinned Sleep is reset to a new deadline through as_mut(); Pin::set replaces a pinned future before it is awaited.
use tokio::time::{sleep, Duration, Instant};

async fn action(x: i32) -> i32 {
    x * 10
}

#[tokio::main]
async fn main() {
    let started = Instant::now();
    let timer = sleep(Duration::from_secs(60));
    tokio::pin!(timer);
    timer.as_mut().reset(Instant::now() + Duration::from_millis(10));
    timer.await;
    println!("reset fired early: {}", started.elapsed() < Duration::from_secs(5));

    let op = action(1);
    tokio::pin!(op);
    op.set(action(2));
    println!("{}", (&mut op).await);
}
