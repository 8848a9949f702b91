// Duration and Instant are Ord: `max`, `min` and `cmp` pick between them (a capped exponential backoff under paused time), as they do for Strings and tuples.
use std::cmp::Ordering;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let cap = Duration::from_millis(250);
    let mut backoff = Duration::from_millis(40);
    for attempt in 1..=5 {
        println!("attempt {} waits {:?}", attempt, backoff);
        sleep(backoff).await;
        backoff = (backoff * 2).min(cap);
    }
    let floor = Duration::from_millis(500).max(start.elapsed());
    println!("elapsed {:?}, at least {:?}", start.elapsed(), floor);
    let later = Instant::now().max(start);
    println!("later is now: {}", later == Instant::now());
    println!("cmp {:?} {:?}", cap.cmp(&backoff), Duration::from_secs(1).cmp(&cap));
    println!("equal min {:?}", Duration::from_millis(7).min(Duration::from_millis(7)));
    let word = String::from("pear").max(String::from("apple"));
    let pair = (2, "b").min((2, "a"));
    println!("{} {:?} {}", word, pair, Duration::ZERO.cmp(&cap) == Ordering::Less);
}
