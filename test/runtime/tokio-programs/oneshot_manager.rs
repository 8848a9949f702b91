// A manager task owns a HashMap; clients talk to it through an mpsc channel of commands, each
// carrying a oneshot sender for the reply (the pattern of Tokio's mini-redis tutorial).
use std::collections::HashMap;
use tokio::sync::{mpsc, oneshot};

type Responder<T> = oneshot::Sender<T>;

#[derive(Debug)]
enum Command {
    Get { key: String, resp: Responder<Option<u64>> },
    Set { key: String, val: u64, resp: Responder<Option<u64>> },
    Forget { key: String, resp: Responder<Option<u64>> },
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<Command>(8);

    let manager = tokio::spawn(async move {
        let mut store: HashMap<String, u64> = HashMap::new();
        let mut handled = 0;
        while let Some(cmd) = rx.recv().await {
            handled += 1;
            match cmd {
                Command::Get { key, resp } => {
                    let _ = resp.send(store.get(&key).copied());
                }
                Command::Set { key, val, resp } => {
                    let _ = resp.send(store.insert(key, val));
                }
                Command::Forget { key, resp } => {
                    // dropped without an answer: the client sees RecvError
                    println!("manager: forgetting to answer about {}", key);
                    drop(resp);
                }
            }
        }
        println!("manager: channel closed after {} commands", handled);
        store.len()
    });

    let tx2 = tx.clone();
    let setter = tokio::spawn(async move {
        let (resp_tx, resp_rx) = oneshot::channel();
        tx2.send(Command::Set { key: "foo".to_string(), val: 7, resp: resp_tx }).await.unwrap();
        let previous = resp_rx.await;
        println!("set foo = 7 -> {:?}", previous);
        let (resp_tx, resp_rx) = oneshot::channel();
        tx2.send(Command::Set { key: "foo".to_string(), val: 8, resp: resp_tx }).await.unwrap();
        println!("set foo = 8 -> {:?}", resp_rx.await);
    });
    setter.await.unwrap();

    let (resp_tx, resp_rx) = oneshot::channel();
    tx.send(Command::Get { key: "foo".to_string(), resp: resp_tx }).await.unwrap();
    println!("get foo -> {:?}", resp_rx.await);

    let (resp_tx, resp_rx) = oneshot::channel();
    tx.send(Command::Get { key: "bar".to_string(), resp: resp_tx }).await.unwrap();
    println!("get bar -> {:?}", resp_rx.await);

    let (resp_tx, resp_rx) = oneshot::channel();
    tx.send(Command::Forget { key: "foo".to_string(), resp: resp_tx }).await.unwrap();
    match resp_rx.await {
        Ok(v) => println!("forget foo -> {:?}", v),
        Err(e) => println!("forget foo -> error {:?}: {}", e, e),
    }

    // a oneshot whose receiver is gone gives the value back
    let (resp_tx, resp_rx) = oneshot::channel::<u64>();
    drop(resp_rx);
    println!("send to a dropped receiver -> {:?}", resp_tx.send(99));

    drop(tx);
    let size = manager.await.unwrap();
    println!("store size at the end: {}", size);
}
