// everyday tokio style: request ids map to pending oneshot senders; a dispatcher answers out of order
use std::collections::HashMap;
use tokio::sync::{mpsc, oneshot};

#[derive(Debug)]
struct Request {
    id: u64,
    payload: String,
}

#[tokio::main]
async fn main() {
    let (wire_tx, mut wire_rx) = mpsc::channel::<Request>(16);
    let (reply_tx, mut reply_rx) = mpsc::channel::<(u64, String)>(16);

    // the "server": collects a batch, answers in reverse order
    tokio::spawn(async move {
        let mut batch = Vec::new();
        while let Some(req) = wire_rx.recv().await {
            batch.push(req);
        }
        for req in batch.into_iter().rev() {
            let answer = req.payload.to_uppercase();
            reply_tx.send((req.id, answer)).await.unwrap();
        }
    });

    let mut pending: HashMap<u64, oneshot::Sender<String>> = HashMap::new();
    let mut waiters = Vec::new();
    for (id, word) in ["north", "east", "south", "west"].iter().enumerate() {
        let (tx, rx) = oneshot::channel();
        pending.insert(id as u64, tx);
        waiters.push((id, rx));
        wire_tx.send(Request { id: id as u64, payload: word.to_string() }).await.unwrap();
    }
    drop(wire_tx);

    // route replies to whoever is waiting on that id
    let router = tokio::spawn(async move {
        let mut routed = 0;
        while let Some((id, answer)) = reply_rx.recv().await {
            if let Some(tx) = pending.remove(&id) {
                tx.send(answer).ok();
                routed += 1;
            }
        }
        (routed, pending.len())
    });

    for (id, rx) in waiters {
        println!("request {} -> {}", id, rx.await.unwrap());
    }
    let (routed, left) = router.await.unwrap();
    println!("routed {}, still pending {}", routed, left);
}
