// tokio docs style: Notify::notify_one wakes a task waiting on notified()
use std::sync::Arc;
use tokio::sync::Notify;

#[tokio::main]
async fn main() {
    let notify = Arc::new(Notify::new());
    let notify2 = notify.clone();

    let handle = tokio::spawn(async move {
        notify2.notified().await;
        println!("received notification");
        "woken"
    });

    println!("sending notification");
    notify.notify_one();

    println!("task says {}", handle.await.unwrap());

    // a permit stored before anyone waits is consumed by the next notified()
    notify.notify_one();
    notify.notified().await;
    println!("stored permit consumed");
}
