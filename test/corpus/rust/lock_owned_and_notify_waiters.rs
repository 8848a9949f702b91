// an OwnedMutexGuard moved into a task and released when it ends; spawn of a block that ends in an async block; notify_waiters stores no permit (a later Notified times out); a Mutex<VecDeque> + Notify queue whose recv returns from inside `if let`; `use std::sync::mpsc::{self, ..}` with recv_timeout
use std::collections::VecDeque;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::Notify;

struct Queue {
    items: Mutex<VecDeque<u32>>,
    ready: Notify,
}

impl Queue {
    fn push(&self, v: u32) {
        self.items.lock().unwrap().push_back(v);
        self.ready.notify_one();
    }

    async fn pop(&self) -> u32 {
        loop {
            if let Some(v) = self.items.lock().unwrap().pop_front() {
                return v;
            }
            self.ready.notified().await;
        }
    }
}

#[tokio::main]
async fn main() {
    let log = Arc::new(tokio::sync::Mutex::new(Vec::<String>::new()));
    let guard = log.clone().lock_owned().await;
    let first = tokio::spawn(async move {
        let mut guard = guard;
        tokio::task::yield_now().await;
        guard.push("first, holding the owned guard".to_string());
    });
    let second = tokio::spawn({
        let log = log.clone();
        async move {
            log.lock().await.push("second".to_string());
        }
    });
    first.await.unwrap();
    second.await.unwrap();
    println!("{:?}", *log.lock().await);

    let queue = Arc::new(Queue { items: Mutex::new(VecDeque::new()), ready: Notify::new() });
    let producer = {
        let queue = queue.clone();
        tokio::spawn(async move {
            for i in 1..=4 {
                queue.push(i * 10);
                tokio::task::yield_now().await;
            }
        })
    };
    let mut got = Vec::new();
    for _ in 0..4 {
        got.push(queue.pop().await);
    }
    producer.await.unwrap();
    println!("popped {:?}", got);

    let notify = Notify::new();
    notify.notify_waiters();
    let later = notify.notified();
    let waited = tokio::time::timeout(Duration::from_millis(10), later).await;
    println!("notify_waiters left a permit: {}", waited.is_ok());
    notify.notify_one();
    let stored = tokio::time::timeout(Duration::from_millis(10), notify.notified()).await;
    println!("notify_one left a permit: {}", stored.is_ok());

    let (tx, rx) = mpsc::channel::<u8>();
    println!("{:?}", rx.recv_timeout(Duration::from_millis(5)) == Err(RecvTimeoutError::Timeout));
    tx.send(7).unwrap();
    drop(tx);
    println!("{:?} {:?}", rx.recv_timeout(Duration::from_millis(5)), rx.recv_timeout(Duration::from_millis(5)));
}
