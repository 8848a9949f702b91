// Channels made without a type say what they carry only through a later send: a watch
// channel of an empty Vec, a watch of None, an mpsc channel filled by a task, a oneshot
// handed to a function.
use tokio::sync::{mpsc, oneshot, watch};

#[derive(Debug, Clone, PartialEq)]
struct Reading {
    sensor: String,
    value: f64,
}

async fn measure(reply: oneshot::Sender<Reading>) {
    let _ = reply.send(Reading { sensor: "t1".to_string(), value: 21.5 });
}

#[tokio::main]
async fn main() {
    let (history_tx, history_rx) = watch::channel(Vec::new());
    history_tx.send(vec![3, 1, 2]).unwrap();
    let mut sorted = history_rx.borrow().clone();
    sorted.sort();
    println!("history: {:?}", sorted);

    let (latest_tx, mut latest_rx) = watch::channel(None);
    let watcher = tokio::spawn(async move {
        latest_rx.changed().await.unwrap();
        let seen = latest_rx.borrow().clone();
        seen
    });
    latest_tx.send(Some("ready".to_string())).unwrap();
    let seen = watcher.await.unwrap();
    println!("watcher saw {:?}, length {}", seen, seen.as_ref().map(|s| s.len()).unwrap_or(0));

    let (tx, mut rx) = mpsc::channel(4);
    tokio::spawn(async move {
        for i in 1..=3 {
            let reading = Reading { sensor: format!("s{}", i), value: i as f64 * 1.5 };
            if tx.send(reading).await.is_err() {
                return;
            }
        }
    });
    let mut total = 0.0;
    while let Some(r) = rx.recv().await {
        println!("{} = {:.1}", r.sensor, r.value);
        total += r.value;
    }
    println!("total {:.1}", total);

    let (reply_tx, reply_rx) = oneshot::channel();
    measure(reply_tx).await;
    let reading = reply_rx.await.unwrap();
    assert_eq!(reading, Reading { sensor: "t1".to_string(), value: 21.5 });
    println!("{:?}", reading);
}
