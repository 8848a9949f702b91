// tokio tests style (sync_mpsc.rs): several small #[tokio::test] bodies run in sequence from main, each asserting and printing one line - buffered send/recv, pending send past capacity (polled once by hand), close then drain, senders dropped, same_channel/max_capacity, unbounded send error, blocking_recv on a std thread
use std::future::Future;
use std::pin::Pin;
use std::task::Poll;
use tokio::sync::mpsc;
use tokio::sync::mpsc::error::{SendError, TryRecvError};

/// Polls a future exactly once; Some(output) if it was ready.
async fn poll_once<F: Future + Unpin>(f: &mut F) -> Option<F::Output> {
    std::future::poll_fn(|cx| match Pin::new(&mut *f).poll(cx) {
        Poll::Ready(v) => Poll::Ready(Some(v)),
        Poll::Pending => Poll::Ready(None),
    })
    .await
}

async fn send_recv_with_buffer() {
    let (tx, mut rx) = mpsc::channel::<i32>(16);
    tokio::spawn(async move {
        assert!(tx.send(1).await.is_ok());
        assert!(tx.send(2).await.is_ok());
    });
    assert_eq!(Some(1), rx.recv().await);
    assert_eq!(Some(2), rx.recv().await);
    assert_eq!(None, rx.recv().await);
    println!("send_recv_with_buffer: ok");
}

async fn start_send_past_cap() {
    let (tx1, mut rx) = mpsc::channel(1);
    let tx2 = tx1.clone();
    assert!(tx1.try_send(()).is_ok());
    let mut first = Box::pin(tx1.send(()));
    assert!(poll_once(&mut first).await.is_none());
    let mut second = Box::pin(tx2.send(()));
    assert!(poll_once(&mut second).await.is_none());
    rx.recv().await.unwrap();
    // the slot went to the first waiter
    assert!(poll_once(&mut first).await.unwrap().is_ok());
    assert!(poll_once(&mut second).await.is_none());
    drop(first);
    rx.recv().await.unwrap();
    assert!(poll_once(&mut second).await.unwrap().is_ok());
    println!("start_send_past_cap: ok, capacity now {}", tx1.capacity());
}

async fn close_then_drain() {
    let (tx, mut rx) = mpsc::channel(4);
    for i in 0..3 {
        tx.send(i).await.unwrap();
    }
    rx.close();
    let err = tx.send(99).await.unwrap_err();
    assert_eq!(err.0, 99);
    let mut got = vec![];
    while let Some(v) = rx.recv().await {
        got.push(v);
    }
    assert_eq!(got, [0, 1, 2]);
    assert!(tx.is_closed());
    println!(
        "close_then_drain: drained {:?}, late send gave back {}",
        got, err.0
    );
}

async fn senders_dropped() {
    let (tx, mut rx) = mpsc::channel::<&str>(2);
    let tx2 = tx.clone();
    assert!(tx.same_channel(&tx2));
    let (other, _orx) = mpsc::channel::<&str>(2);
    assert!(!tx.same_channel(&other));
    assert_eq!(tx.max_capacity(), 2);
    tx2.send("last words").await.unwrap();
    drop(tx);
    assert_eq!(rx.try_recv(), Ok("last words"));
    assert_eq!(rx.try_recv(), Err(TryRecvError::Empty));
    drop(tx2);
    assert_eq!(rx.try_recv(), Err(TryRecvError::Disconnected));
    assert_eq!(rx.recv().await, None);
    println!("senders_dropped: ok");
}

async fn unbounded_after_rx_drop() {
    let (tx, rx) = mpsc::unbounded_channel::<String>();
    tx.send("kept".to_string()).unwrap();
    drop(rx);
    match tx.send("lost".to_string()) {
        Err(SendError(v)) => println!("unbounded_after_rx_drop: got back {:?}", v),
        Ok(()) => panic!("send should fail"),
    }
}

async fn blocking_recv_thread() {
    let (tx, mut rx) = mpsc::channel::<u64>(8);
    let handle = std::thread::spawn(move || {
        let mut sum = 0;
        while let Some(v) = rx.blocking_recv() {
            sum += v;
        }
        sum
    });
    for v in 1..=10 {
        tx.send(v).await.unwrap();
    }
    drop(tx);
    let sum = tokio::task::spawn_blocking(move || handle.join().unwrap())
        .await
        .unwrap();
    assert_eq!(sum, 55);
    println!("blocking_recv_thread: sum {}", sum);
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    send_recv_with_buffer().await;
    start_send_past_cap().await;
    close_then_drain().await;
    senders_dropped().await;
    unbounded_after_rx_drop().await;
    blocking_recv_thread().await;
    println!("6 tests passed");
}
