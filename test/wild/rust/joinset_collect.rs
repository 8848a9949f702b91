// tokio docs style: JoinSet spawns a batch and join_next collects results as they finish
use tokio::task::JoinSet;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut set = JoinSet::new();
    let delays = [50u64, 10, 40, 20, 30];

    for (i, d) in delays.iter().copied().enumerate() {
        set.spawn(async move {
            sleep(Duration::from_millis(d)).await;
            (i, d)
        });
    }
    println!("spawned {} tasks", set.len());

    let mut order = Vec::new();
    while let Some(res) = set.join_next().await {
        let (i, d) = res.unwrap();
        order.push(format!("#{}({}ms)", i, d));
    }
    println!("completion order: {}", order.join(", "));
    println!("empty now: {}", set.is_empty());
}
