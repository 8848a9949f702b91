// JoinSet: join_next gives results in the order tasks finish and None when empty; len, is_empty, abort_all gives cancelled JoinErrors, shutdown.
use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::sleep;

#[tokio::main]
async fn main() {
    let mut set = JoinSet::new();
    for (name, delay) in [("slow", 300u64), ("fast", 50), ("medium", 150)] {
        set.spawn(async move {
            sleep(Duration::from_millis(delay)).await;
            name
        });
    }
    println!("spawned {}", set.len());
    while let Some(result) = set.join_next().await {
        println!("finished: {}", result.unwrap());
    }
    assert!(set.is_empty());
    assert!(set.join_next().await.is_none());

    for _ in 0..3 {
        set.spawn(async move {
            sleep(Duration::from_secs(30)).await;
            "never"
        });
    }
    set.abort_all();
    let mut cancelled = 0;
    while let Some(result) = set.join_next().await {
        if result.unwrap_err().is_cancelled() {
            cancelled += 1;
        }
    }
    println!("cancelled {}", cancelled);
    set.spawn(async {
        sleep(Duration::from_secs(30)).await;
        "never"
    });
    set.shutdown().await;
    println!("after shutdown: {}", set.len());
}
