// tokio::time::timeout_at: steps sharing one deadline (paused time), Ok before it and Err(Elapsed) once it passes, a deadline already past still lets a ready future win, Instant::saturating_duration_since as the budget left, Duration::checked_sub/saturating_sub
use std::time::Duration;
use tokio::time::{sleep, timeout_at, Instant};

async fn work(ms: u64) -> u64 {
    sleep(Duration::from_millis(ms)).await;
    ms
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let deadline = Instant::now() + Duration::from_millis(100);
    for ms in [30, 50, 40] {
        let left = deadline.saturating_duration_since(Instant::now());
        match timeout_at(deadline, work(ms)).await {
            Ok(v) => println!("step of {}ms done with {}ms left", v, left.as_millis()),
            Err(e) => println!("step of {}ms: {} with {}ms left", ms, e, left.as_millis()),
        }
    }
    let left = deadline.saturating_duration_since(Instant::now());
    println!("left after the deadline: {:?}", left);
    let ready = timeout_at(deadline, async { 5 }).await;
    println!("ready future at a past deadline: {:?}", ready);
    let budget = Duration::from_millis(100);
    let spent = Duration::from_millis(130);
    println!("checked_sub: {:?} {:?}", budget.checked_sub(spent), spent.checked_sub(budget));
    println!("saturating_sub: {:?}", budget.saturating_sub(spent));
}
