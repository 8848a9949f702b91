// JoinSet: a set dropped at the end of the function that made it aborts the tasks still in it; a detached JoinHandle does not.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::task::JoinSet;

async fn start_and_return(finished: Arc<AtomicUsize>) {
    let mut set = JoinSet::new();
    for _ in 0..3 {
        let finished = finished.clone();
        set.spawn(async move {
            tokio::time::sleep(Duration::from_millis(100)).await;
            finished.fetch_add(1, Ordering::SeqCst);
        });
    }
    println!("set holds {} tasks", set.len());
}

#[tokio::main]
async fn main() {
    let finished = Arc::new(AtomicUsize::new(0));
    start_and_return(finished.clone()).await;
    let detached = finished.clone();
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(100)).await;
        detached.fetch_add(10, Ordering::SeqCst);
    });
    tokio::time::sleep(Duration::from_millis(400)).await;
    println!("finished count {}", finished.load(Ordering::SeqCst));
}
