// tokio docs style: join! runs several async fns concurrently on the same task
use tokio::time::{sleep, Duration, Instant};

async fn load_user(id: u32) -> String {
    sleep(Duration::from_millis(30)).await;
    format!("user#{}", id)
}

async fn load_orders(id: u32) -> Vec<u32> {
    sleep(Duration::from_millis(50)).await;
    (1..=3).map(|n| id * 100 + n).collect()
}

async fn load_score() -> f64 {
    sleep(Duration::from_millis(20)).await;
    4.5
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let t0 = Instant::now();
    let (user, orders, score) = tokio::join!(load_user(7), load_orders(7), load_score());
    let waited = t0.elapsed();
    println!("{} has orders {:?} and score {:.1}", user, orders, score);
    // concurrent: total wait is the longest branch, not the sum
    println!("waited {}ms", waited.as_millis());
}
