// tokio tests style: MissedTickBehavior Burst, Delay and Skip after a long stall (time::advance)
use tokio::time::{self, Duration, Instant, MissedTickBehavior};

async fn run(behavior: MissedTickBehavior) -> Vec<u128> {
    let start = Instant::now();
    let mut iv = time::interval(Duration::from_millis(100));
    iv.set_missed_tick_behavior(behavior);
    iv.tick().await; // immediate first tick at 0

    // the "work" stalls for 250ms without yielding to the interval
    time::advance(Duration::from_millis(250)).await;

    let mut out = Vec::new();
    for _ in 0..4 {
        let _ = iv.tick().await;
        out.push(start.elapsed().as_millis());
    }
    out
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    for (name, b) in [
        ("burst", MissedTickBehavior::Burst),
        ("delay", MissedTickBehavior::Delay),
        ("skip", MissedTickBehavior::Skip),
    ] {
        let times = run(b).await;
        println!("{:>5}: {:?}", name, times);
    }
}
