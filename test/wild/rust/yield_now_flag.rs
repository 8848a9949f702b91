// tokio docs style: task::yield_now lets a busy loop give other tasks a chance on one thread
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::Arc;
use tokio::task;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ready = Arc::new(AtomicBool::new(false));
    let spins = Arc::new(AtomicU32::new(0));

    let waiter = {
        let ready = ready.clone();
        let spins = spins.clone();
        task::spawn(async move {
            while !ready.load(Ordering::Acquire) {
                spins.fetch_add(1, Ordering::Relaxed);
                task::yield_now().await;
            }
            "saw the flag"
        })
    };

    let setter = {
        let ready = ready.clone();
        task::spawn(async move {
            for _ in 0..3 {
                task::yield_now().await;
            }
            ready.store(true, Ordering::Release);
        })
    };

    setter.await.unwrap();
    println!("{}", waiter.await.unwrap());
    println!("waiter spun at least once: {}", spins.load(Ordering::Relaxed) >= 1);
}
