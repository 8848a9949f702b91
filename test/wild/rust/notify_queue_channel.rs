// tokio docs style: an unbounded channel built from Mutex<VecDeque> plus Notify
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use tokio::sync::Notify;

struct Channel<T> {
    values: Mutex<VecDeque<T>>,
    notify: Notify,
}

impl<T> Channel<T> {
    fn new() -> Self {
        Channel { values: Mutex::new(VecDeque::new()), notify: Notify::new() }
    }

    fn send(&self, v: T) {
        self.values.lock().unwrap().push_back(v);
        self.notify.notify_one();
    }

    async fn recv(&self) -> T {
        loop {
            if let Some(v) = self.values.lock().unwrap().pop_front() {
                return v;
            }
            self.notify.notified().await;
        }
    }
}

#[tokio::main]
async fn main() {
    let ch = Arc::new(Channel::new());
    let producer = {
        let ch = ch.clone();
        tokio::spawn(async move {
            for i in 1..=6 {
                ch.send(i * i);
                tokio::task::yield_now().await;
            }
        })
    };

    let mut got = Vec::new();
    for _ in 0..6 {
        got.push(ch.recv().await);
    }
    producer.await.unwrap();
    println!("{:?}", got);
}
