// A oneshot sender dropped without sending makes the receiver's await fail with RecvError,
// also when the sender travelled inside a message to a task that dropped it; a oneshot
// send to a dropped receiver gives the value back.
use tokio::sync::{mpsc, oneshot};

#[derive(Debug)]
struct Request {
    n: i32,
    reply: oneshot::Sender<i32>,
}

#[tokio::main]
async fn main() {
    let (tx, rx) = oneshot::channel::<u8>();
    drop(tx);
    match rx.await {
        Ok(v) => println!("value {}", v),
        Err(e) => println!("dropped unsent: {:?} / {}", e, e),
    }

    let (req_tx, mut req_rx) = mpsc::channel::<Request>(4);
    let server = tokio::spawn(async move {
        while let Some(req) = req_rx.recv().await {
            if req.n < 0 {
                println!("server refuses {} and drops the responder", req.n);
                continue;
            }
            let _ = req.reply.send(req.n * 2);
        }
    });

    for n in [21, -1, 5] {
        let (reply, answer) = oneshot::channel();
        req_tx.send(Request { n, reply }).await.unwrap();
        let result = answer.await;
        println!("request {} -> {:?}", n, result);
    }
    drop(req_tx);
    server.await.unwrap();

    let (tx, rx) = oneshot::channel::<String>();
    drop(rx);
    let back = tx.send("nobody listens".to_string()).unwrap_err();
    println!("send failed, value back: {}", back);

    let (tx, mut rx) = oneshot::channel::<u32>();
    println!("try_recv before: {:?}", rx.try_recv());
    tx.send(3).unwrap();
    println!("try_recv after: {:?}", rx.try_recv());
}
