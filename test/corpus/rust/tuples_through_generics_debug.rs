// A tuple that goes through a generic struct and a channel into a generic function still
// prints as a tuple with {:?}: the function only knows it as some T: Debug.
use std::collections::VecDeque;
use std::fmt::Debug;
use tokio::sync::mpsc;

struct Inbox<T> {
    waiting: VecDeque<T>,
}

impl<T: Debug> Inbox<T> {
    fn new() -> Self {
        Inbox { waiting: VecDeque::new() }
    }
    fn put(&mut self, item: T) {
        self.waiting.push_back(item);
    }
    fn take(&mut self) -> Option<T> {
        self.waiting.pop_front()
    }
}

fn show<T: Debug>(label: &str, item: T) {
    println!("{} {:?}", label, item);
}

#[tokio::main]
async fn main() {
    let mut inbox = Inbox::new();
    inbox.put((1, "first"));
    inbox.put((2, "second"));
    show("direct", (0, "zero", true));

    let (tx, mut rx) = mpsc::channel(4);
    let printer = tokio::spawn(async move {
        while let Some(msg) = rx.recv().await {
            show("received", msg);
        }
    });
    while let Some(msg) = inbox.take() {
        tx.send(msg).await.unwrap();
    }
    drop(tx);
    printer.await.unwrap();
}
