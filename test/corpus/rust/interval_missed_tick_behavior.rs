// Interval under paused time: period(), interval_at, and MissedTickBehavior Burst, Delay and Skip after the task stalls past several ticks
use tokio::time::{self, interval, interval_at, Duration, Instant, MissedTickBehavior};

async fn ticks_after_stall(behavior: MissedTickBehavior) -> Vec<u128> {
    let start = Instant::now();
    let mut ticker = interval(Duration::from_millis(40));
    ticker.set_missed_tick_behavior(behavior);
    ticker.tick().await;

    // busy elsewhere for 100ms: the ticks at 40 and 80 are missed
    time::advance(Duration::from_millis(100)).await;

    let mut at = Vec::new();
    for _ in 0..4 {
        ticker.tick().await;
        at.push(start.elapsed().as_millis());
    }
    at
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    for behavior in [MissedTickBehavior::Burst, MissedTickBehavior::Delay, MissedTickBehavior::Skip] {
        let name = format!("{:?}", behavior);
        println!("{:>5}: {:?}", name, ticks_after_stall(behavior).await);
    }

    let start = Instant::now();
    let mut ticker = interval_at(start + Duration::from_millis(500), Duration::from_millis(200));
    println!("period {:?}", ticker.period());
    let mut offsets = Vec::new();
    for _ in 0..3 {
        let due = ticker.tick().await;
        offsets.push((due - start).as_millis());
    }
    println!("interval_at ticks at {:?}", offsets);

    // a slow consumer with the default Burst behaviour catches up at once
    let mut ticker = interval(Duration::from_millis(10));
    let start = Instant::now();
    for i in 0..5 {
        ticker.tick().await;
        if i == 1 {
            time::sleep(Duration::from_millis(35)).await;
        }
        print!("{} ", start.elapsed().as_millis());
    }
    println!();
}
