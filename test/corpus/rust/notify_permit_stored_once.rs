// Notify: notify_one with nobody waiting stores a single permit; the next notified() completes at once, the one after waits.
use std::time::Duration;
use tokio::sync::Notify;
use tokio::time::timeout;

#[tokio::main]
async fn main() {
    let notify = Notify::new();
    notify.notify_one();
    notify.notify_one();
    notify.notified().await;
    println!("first notified() used the stored permit");
    let second = timeout(Duration::from_millis(50), notify.notified()).await;
    assert!(second.is_err());
    println!("second notified() timed out: {}", second.is_err());
}
