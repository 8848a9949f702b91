// try_send and try_recv never wait: Full and Closed from try_send, Empty and Disconnected from
// try_recv, each printed with {:?} and {}; the value of a failed try_send is given back.
use tokio::sync::mpsc;
use tokio::sync::mpsc::error::{TryRecvError, TrySendError};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<String>(2);

    match rx.try_recv() {
        Err(TryRecvError::Empty) => println!("empty at first"),
        other => println!("unexpected {:?}", other),
    }
    for word in ["alpha", "beta", "gamma"] {
        match tx.try_send(word.to_string()) {
            Ok(()) => println!("queued {}", word),
            Err(TrySendError::Full(back)) => println!("full, got back {:?}", back),
            Err(TrySendError::Closed(back)) => println!("closed, got back {:?}", back),
        }
    }
    let err = tx.try_send("delta".to_string()).unwrap_err();
    println!("try_send error: {:?} / {}", err, err);

    println!("took {:?}", rx.try_recv());
    println!("took {:?}", rx.recv().await);
    let err = rx.try_recv().unwrap_err();
    println!("try_recv error: {:?} / {}", err, err);

    drop(tx);
    let err = rx.try_recv().unwrap_err();
    println!("after drop: {:?} / {}", err, err);

    let (tx2, rx2) = mpsc::channel::<u8>(1);
    drop(rx2);
    if let Err(e) = tx2.try_send(9) {
        println!("receiver gone: {:?} / {}", e, e);
        if let TrySendError::Closed(v) = e {
            println!("value returned: {}", v);
        }
    }
    println!("is_closed: {}", tx2.is_closed());
}
