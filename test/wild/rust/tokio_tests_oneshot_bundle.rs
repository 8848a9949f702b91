// tokio tests style (sync_oneshot.rs): small test bodies in sequence - send then recv, receiver close() makes send fail, Sender::closed() wakes when the receiver is dropped, is_closed, try_recv states, a oneshot raced in select! against a sleep, a dropped sender seen by a waiting task
use std::time::Duration;
use tokio::sync::oneshot;
use tokio::sync::oneshot::error::TryRecvError;

async fn send_recv() {
    let (tx, rx) = oneshot::channel();
    assert!(!tx.is_closed());
    tx.send(7u8).unwrap();
    assert_eq!(rx.await, Ok(7));
    println!("send_recv: ok");
}

async fn close_rx_then_send() {
    let (tx, mut rx) = oneshot::channel::<String>();
    rx.close();
    assert!(tx.is_closed());
    let back = tx.send("hello".into()).unwrap_err();
    assert_eq!(rx.try_recv(), Err(TryRecvError::Closed));
    println!("close_rx_then_send: value returned {:?}", back);
}

async fn close_after_send_keeps_value() {
    let (tx, mut rx) = oneshot::channel();
    tx.send(5).unwrap();
    rx.close();
    assert_eq!(rx.try_recv(), Ok(5));
    assert_eq!(rx.try_recv(), Err(TryRecvError::Closed));
    println!("close_after_send_keeps_value: ok");
}

async fn sender_closed_future() {
    let (mut tx, rx) = oneshot::channel::<()>();
    let watcher = tokio::spawn(async move {
        tx.closed().await;
        tx.is_closed()
    });
    tokio::task::yield_now().await;
    drop(rx);
    assert!(watcher.await.unwrap());
    println!("sender_closed_future: ok");
}

async fn try_recv_states() {
    let (tx, mut rx) = oneshot::channel::<i32>();
    assert_eq!(rx.try_recv(), Err(TryRecvError::Empty));
    drop(tx);
    assert_eq!(rx.try_recv(), Err(TryRecvError::Closed));
    let (tx2, rx2) = oneshot::channel::<i32>();
    drop(tx2);
    let e = rx2.await.unwrap_err();
    println!("try_recv_states: awaiting after drop -> {}", e);
}

async fn select_against_sleep() {
    let (tx, rx) = oneshot::channel::<&str>();
    let slow = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_secs(10)).await;
        let _ = tx.send("too late");
    });
    let outcome = tokio::select! {
        v = rx => format!("value {:?}", v),
        _ = tokio::time::sleep(Duration::from_millis(50)) => "timed out".to_string(),
    };
    slow.await.unwrap();
    println!("select_against_sleep: {}", outcome);
}

async fn waiting_task_sees_drop() {
    let (tx, rx) = oneshot::channel::<u32>();
    let waiter = tokio::spawn(async move { rx.await });
    tokio::task::yield_now().await;
    drop(tx);
    let r = waiter.await.unwrap();
    assert!(r.is_err());
    println!("waiting_task_sees_drop: {:?}", r);
}

async fn many_oneshots_in_order() {
    let mut rxs = Vec::new();
    for i in 0..5u64 {
        let (tx, rx) = oneshot::channel();
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(50 - i * 10)).await;
            tx.send(i * i).unwrap();
        });
        rxs.push(rx);
    }
    let mut out = Vec::new();
    for rx in rxs {
        out.push(rx.await.unwrap());
    }
    println!("many_oneshots_in_order: {:?}", out);
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    send_recv().await;
    close_rx_then_send().await;
    close_after_send_keeps_value().await;
    sender_closed_future().await;
    try_recv_states().await;
    select_against_sleep().await;
    waiting_task_sees_drop().await;
    many_oneshots_in_order().await;
}
