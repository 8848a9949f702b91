// interval_at's first tick completes at its start instant, later ticks one period apart (paused time).
use tokio::time::{interval_at, Duration, Instant};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let start = Instant::now();
    let mut ticks = interval_at(start + Duration::from_millis(30), Duration::from_millis(20));
    for _ in 0..3 {
        let at = ticks.tick().await;
        let ms = (at - start).as_millis();
        println!("tick at {}ms", ms);
    }
    assert!(start.elapsed() >= Duration::from_millis(70));
}
