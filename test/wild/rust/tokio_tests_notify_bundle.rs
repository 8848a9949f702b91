// tokio tests style (sync_notify.rs): test bodies in sequence - a stored permit completes notified() at once, a Notified created before notify_waiters is woken even unpolled, notify_one wakes one waiter at a time in queue order, an enabled Notified that is dropped after being chosen passes the wakeup on
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::Poll;
use std::time::Duration;
use tokio::sync::{mpsc, Notify};

async fn poll_once<F: Future + Unpin>(f: &mut F) -> bool {
    std::future::poll_fn(|cx| Poll::Ready(Pin::new(&mut *f).poll(cx).is_ready())).await
}

async fn notify_before_wait() {
    let notify = Notify::new();
    notify.notify_one();
    notify.notified().await;
    let mut again = Box::pin(notify.notified());
    assert!(!poll_once(&mut again).await);
    println!("notify_before_wait: permit used once");
}

async fn waiters_created_before_notify_waiters() {
    let notify = Notify::new();
    let mut a = Box::pin(notify.notified());
    let mut b = Box::pin(notify.notified());
    notify.notify_waiters();
    let mut c = Box::pin(notify.notified());
    let ready = (
        poll_once(&mut a).await,
        poll_once(&mut b).await,
        poll_once(&mut c).await,
    );
    assert_eq!(ready, (true, true, false));
    println!("waiters_created_before_notify_waiters: {:?}", ready);
}

async fn notify_one_in_queue_order() {
    let notify = Arc::new(Notify::new());
    let (tx, mut rx) = mpsc::unbounded_channel();
    for id in 0..4 {
        let n = notify.clone();
        let tx = tx.clone();
        tokio::spawn(async move {
            n.notified().await;
            tx.send(id).unwrap();
        });
        tokio::task::yield_now().await;
    }
    let mut order = vec![];
    for _ in 0..4 {
        notify.notify_one();
        order.push(rx.recv().await.unwrap());
    }
    println!("notify_one_in_queue_order: {:?}", order);
}

async fn one_wakeup_per_notify_one() {
    let notify = Arc::new(Notify::new());
    let (tx, mut rx) = mpsc::unbounded_channel::<u32>();
    for id in 0..5 {
        let n = notify.clone();
        let tx = tx.clone();
        tokio::spawn(async move {
            n.notified().await;
            tx.send(id).unwrap();
        });
    }
    drop(tx);
    tokio::time::sleep(Duration::from_millis(10)).await;
    notify.notify_one();
    notify.notify_one();
    tokio::time::sleep(Duration::from_millis(10)).await;
    let mut woken = 0;
    while rx.try_recv().is_ok() {
        woken += 1;
    }
    notify.notify_waiters();
    let mut rest = 0;
    while rx.recv().await.is_some() {
        rest += 1;
    }
    println!(
        "one_wakeup_per_notify_one: two notify_one woke {}, notify_waiters woke {}",
        woken, rest
    );
}

async fn dropped_waiter_passes_it_on() {
    let notify = Notify::new();
    let mut a = Box::pin(notify.notified());
    let mut b = Box::pin(notify.notified());
    a.as_mut().enable();
    b.as_mut().enable();
    notify.notify_one();
    drop(a);
    assert!(poll_once(&mut b).await);
    println!("dropped_waiter_passes_it_on: b woke whichever was chosen");
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    notify_before_wait().await;
    waiters_created_before_notify_waiters().await;
    notify_one_in_queue_order().await;
    one_wakeup_per_notify_one().await;
    dropped_waiter_passes_it_on().await;
}
