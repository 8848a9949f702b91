// try_send gives Full while the buffer is full and Closed once the receiver is gone;
// try_recv gives Empty while senders live and Disconnected once they are all dropped.
use tokio::sync::mpsc;
use tokio::sync::mpsc::error::{TryRecvError, TrySendError};

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<i32>(2);
    println!("capacity {} of {}", tx.capacity(), tx.max_capacity());
    println!("try_send 1: {:?}", tx.try_send(1));
    println!("try_send 2: {:?}", tx.try_send(2));
    println!("capacity now {}", tx.capacity());
    match tx.try_send(3) {
        Err(TrySendError::Full(v)) => println!("try_send 3: Full, got {} back", v),
        other => println!("try_send 3: unexpected {:?}", other),
    }
    let e = tx.try_send(4).unwrap_err();
    println!("try_send 4: {:?} / {}", e, e);

    println!("try_recv: {:?}", rx.try_recv());
    println!("recv: {:?}", rx.recv().await);
    println!("try_recv on empty: {:?}", rx.try_recv());
    match rx.try_recv() {
        Err(TryRecvError::Empty) => println!("still empty: {}", TryRecvError::Empty),
        other => println!("unexpected {:?}", other),
    }

    rx.close();
    println!("closed: {}", tx.is_closed());
    let e = tx.try_send(5).unwrap_err();
    println!("try_send after close: {:?} / {}", e, e);
    let e = tx.send(6).await.unwrap_err();
    println!("send after close: {:?} / {} / value {}", e, e, e.0);
    println!("try_recv after close: {:?}", rx.try_recv());

    let (tx, mut rx) = mpsc::unbounded_channel::<&str>();
    tx.send("last words").unwrap();
    drop(tx);
    println!("try_recv: {:?}", rx.try_recv());
    let e = rx.try_recv().unwrap_err();
    println!("try_recv after drop: {:?} / {}", e, e);
    println!("recv after drop: {:?}", rx.recv().await);
}
