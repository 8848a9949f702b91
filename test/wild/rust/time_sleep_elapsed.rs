// tokio tests style: time_sleep under paused time, elapsed matches the requested delay
use tokio::time::{self, Duration, Instant};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    time::sleep(Duration::from_millis(250)).await;
    let first = start.elapsed();
    assert!(first >= Duration::from_millis(250));
    println!("after first sleep: {}ms", first.as_millis());

    time::sleep(Duration::from_secs(2)).await;
    println!("after second sleep: {}ms", start.elapsed().as_millis());

    // a zero sleep completes right away
    let before = Instant::now();
    time::sleep(Duration::ZERO).await;
    println!("zero sleep advanced clock: {}", before.elapsed() > Duration::ZERO);
}
