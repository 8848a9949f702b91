// tokio::time::interval: the first tick completes at once, then one tick per period; in a
// select! loop against a deadline it ticks a fixed number of times. The clock is paused, so
// the counts hold however loaded the machine is.
use tokio::time::{interval, sleep, Duration, Instant};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let mut ticker = interval(Duration::from_millis(25));
    ticker.tick().await;
    println!("first tick at once: {}", start.elapsed() < Duration::from_millis(20));
    for i in 1..=4 {
        ticker.tick().await;
        println!("tick {}", i);
    }
    let elapsed = start.elapsed();
    println!("4 periods took at least 100ms: {}", elapsed >= Duration::from_millis(100));

    let mut ticker = interval(Duration::from_millis(50));
    let deadline = sleep(Duration::from_millis(125));
    tokio::pin!(deadline);
    let mut ticks = 0;
    loop {
        tokio::select! {
            _ = ticker.tick() => ticks += 1,
            _ = &mut deadline => break,
        }
    }
    println!("ticks before the 125ms deadline (at 0, 50 and 100 ms): {}", ticks);
}
