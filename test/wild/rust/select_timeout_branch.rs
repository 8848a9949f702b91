// tokio tutorial style: select! between some work and a sleep acting as a timeout
use tokio::time::{sleep, Duration};

async fn fetch(delay_ms: u64, what: &str) -> String {
    sleep(Duration::from_millis(delay_ms)).await;
    format!("{} fetched", what)
}

async fn with_limit(delay_ms: u64, what: &str) -> Result<String, String> {
    tokio::select! {
        s = fetch(delay_ms, what) => Ok(s),
        _ = sleep(Duration::from_millis(100)) => Err(format!("{} timed out", what)),
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let jobs = [("profile", 40), ("avatar", 250), ("settings", 99), ("history", 101)];
    let mut ok = 0;
    for (what, delay) in jobs {
        match with_limit(delay, what).await {
            Ok(s) => {
                ok += 1;
                println!("ok: {}", s);
            }
            Err(e) => println!("err: {}", e),
        }
    }
    println!("{}/{} succeeded", ok, jobs.len());
}
