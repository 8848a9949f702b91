// tokio tests style (sync_notify): notify_one with no waiter stores a single permit, repeated calls coalesce, notify_waiters stores none
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;
use tokio::time::timeout;

async fn try_wait(notify: &Notify, label: &str) -> bool {
    let got = timeout(Duration::from_millis(10), notify.notified()).await.is_ok();
    println!("{:<28} -> {}", label, if got { "woken" } else { "timed out" });
    got
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let notify = Notify::new();

    notify.notify_one();
    assert!(try_wait(&notify, "after one notify_one").await);
    assert!(!try_wait(&notify, "permit already used").await);

    notify.notify_one();
    notify.notify_one();
    notify.notify_one();
    let a = try_wait(&notify, "after three notify_one").await;
    let b = try_wait(&notify, "second wait").await;
    assert_eq!((a, b), (true, false));

    notify.notify_waiters();
    assert!(!try_wait(&notify, "after notify_waiters").await);

    let shared = Arc::new(Notify::new());
    let mut waiters = Vec::new();
    for id in 0..3 {
        let n = shared.clone();
        waiters.push(tokio::spawn(async move {
            n.notified().await;
            id
        }));
    }
    tokio::task::yield_now().await;
    shared.notify_one();
    tokio::task::yield_now().await;
    let finished: Vec<bool> = waiters.iter().map(|h| h.is_finished()).collect();
    println!("after one notify_one, finished: {:?}", finished);
    shared.notify_waiters();
    let mut ids = Vec::new();
    for h in waiters {
        ids.push(h.await.unwrap());
    }
    println!("all waiters done: {:?}", ids);
    assert!(!try_wait(&shared, "no permit left behind").await);
}
