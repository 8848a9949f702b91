// tokio tests style: time_interval first tick is immediate, then one per period
use tokio::time::{self, Duration, Instant};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let mut interval = time::interval(Duration::from_millis(300));

    let mut stamps = Vec::new();
    for _ in 0..5 {
        let t = interval.tick().await;
        stamps.push(t.duration_since(start).as_millis());
    }
    println!("tick offsets: {:?}", stamps);
    assert_eq!(stamps, vec![0, 300, 600, 900, 1200]);
    println!("period: {:?}", interval.period());
}
