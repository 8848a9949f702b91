// tokio tutorial style: channels chapter, a manager task owns a map and answers via oneshot
use std::collections::HashMap;
use tokio::sync::{mpsc, oneshot};

type Responder<T> = oneshot::Sender<Option<T>>;

#[derive(Debug)]
enum Command {
    Get { key: String, resp: Responder<String> },
    Set { key: String, val: String, resp: Responder<String> },
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<Command>(32);

    let manager = tokio::spawn(async move {
        let mut store: HashMap<String, String> = HashMap::new();
        while let Some(cmd) = rx.recv().await {
            match cmd {
                Command::Get { key, resp } => {
                    let _ = resp.send(store.get(&key).cloned());
                }
                Command::Set { key, val, resp } => {
                    let _ = resp.send(store.insert(key, val));
                }
            }
        }
        store.len()
    });

    let tx2 = tx.clone();
    let setter = tokio::spawn(async move {
        let (resp_tx, resp_rx) = oneshot::channel();
        tx2.send(Command::Set { key: "foo".to_string(), val: "bar".into(), resp: resp_tx })
            .await
            .unwrap();
        let previous = resp_rx.await.unwrap();
        println!("set foo, previous = {:?}", previous);
    });
    setter.await.unwrap();

    let (resp_tx, resp_rx) = oneshot::channel();
    tx.send(Command::Get { key: "foo".to_string(), resp: resp_tx }).await.unwrap();
    println!("get foo = {:?}", resp_rx.await.unwrap());

    let (resp_tx, resp_rx) = oneshot::channel();
    tx.send(Command::Get { key: "missing".to_string(), resp: resp_tx }).await.unwrap();
    println!("get missing = {:?}", resp_rx.await.unwrap());

    let (resp_tx, resp_rx) = oneshot::channel();
    tx.send(Command::Set { key: "foo".into(), val: "baz".into(), resp: resp_tx }).await.unwrap();
    println!("overwrite foo, previous = {:?}", resp_rx.await.unwrap());

    drop(tx);
    let n = manager.await.unwrap();
    println!("manager exited with {} key(s)", n);
}
