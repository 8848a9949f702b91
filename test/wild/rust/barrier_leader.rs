// tokio docs style: Barrier releases all tasks together and elects exactly one leader
use std::sync::Arc;
use tokio::sync::Barrier;

#[tokio::main]
async fn main() {
    let n = 6;
    let barrier = Arc::new(Barrier::new(n));
    let mut handles = Vec::with_capacity(n);

    for i in 0..n {
        let b = barrier.clone();
        handles.push(tokio::spawn(async move {
            let before = i * 2;
            let res = b.wait().await;
            (before, res.is_leader())
        }));
    }

    let mut leaders = 0;
    let mut total = 0;
    for h in handles {
        let (v, leader) = h.await.unwrap();
        total += v;
        if leader {
            leaders += 1;
        }
    }
    println!("leaders = {}", leaders);
    println!("total = {}", total);
    assert_eq!(leaders, 1);
}
