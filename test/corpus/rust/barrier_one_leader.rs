// Barrier: n tasks wait until all arrive; exactly one of each generation is the leader, and the barrier can be reused.
use std::sync::Arc;
use tokio::sync::Barrier;

#[tokio::main]
async fn main() {
    let barrier = Arc::new(Barrier::new(4));
    for round in 1..=2 {
        let mut handles = Vec::with_capacity(4);
        for _ in 0..4 {
            let barrier = barrier.clone();
            handles.push(tokio::spawn(async move { barrier.wait().await.is_leader() }));
        }
        let mut leaders = 0;
        for handle in handles {
            if handle.await.unwrap() {
                leaders += 1;
            }
        }
        assert_eq!(leaders, 1);
        println!("round {}: {} leader", round, leaders);
    }
    let single = Barrier::new(1);
    println!("a barrier of one leads at once: {}", single.wait().await.is_leader());
}
