// Notify: notify_waiters wakes every task already waiting and stores no permit for later callers.
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;
use tokio::time::timeout;

#[tokio::main]
async fn main() {
    let notify = Arc::new(Notify::new());
    let mut handles = Vec::new();
    for i in 0..3 {
        let notify = notify.clone();
        handles.push(tokio::spawn(async move {
            notify.notified().await;
            i * 10
        }));
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    notify.notify_waiters();
    let mut total = 0;
    for h in handles {
        total += h.await.unwrap();
    }
    assert_eq!(total, 30);
    println!("woken tasks returned {}", total);
    let later = timeout(Duration::from_millis(20), notify.notified()).await;
    println!("no permit left over: {}", later.is_err());
}
