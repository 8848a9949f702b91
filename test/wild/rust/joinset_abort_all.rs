// tokio docs style: JoinSet abort_all, then count cancelled vs finished results
use tokio::task::JoinSet;
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let mut set: JoinSet<u32> = JoinSet::new();
    set.spawn(async { 1 });
    set.spawn(async { 2 });
    // let the two quick tasks finish
    let mut quick = 0;
    for _ in 0..2 {
        quick += set.join_next().await.unwrap().unwrap();
    }
    for n in 0..5 {
        set.spawn(async move {
            sleep(Duration::from_secs(60)).await;
            n
        });
    }
    set.abort_all();

    let mut cancelled = 0;
    let mut finished = 0;
    while let Some(r) = set.join_next().await {
        match r {
            Ok(_) => finished += 1,
            Err(e) if e.is_cancelled() => cancelled += 1,
            Err(e) => panic!("unexpected {}", e),
        }
    }
    println!("quick sum {}, finished {}, cancelled {}", quick, finished, cancelled);

    let mut set2 = JoinSet::new();
    for i in 0..3 {
        set2.spawn(async move {
            sleep(Duration::from_secs(i + 30)).await;
        });
    }
    set2.shutdown().await;
    println!("after shutdown len = {}", set2.len());
}
