// tokio tests style (sync_broadcast.rs): test bodies in sequence - every receiver sees every value, capacity is rounded up to a power of two (what lag looks like), send with no receivers hands the value back, subscribe sees only later values, Closed after the sender drops, try_recv Empty/Lagged, String payloads cloned per receiver
use tokio::sync::broadcast;
use tokio::sync::broadcast::error::{RecvError, TryRecvError};

async fn send_two_recv() {
    let (tx, mut rx1) = broadcast::channel(16);
    let mut rx2 = tx.subscribe();
    assert_eq!(tx.send("hello").unwrap(), 2);
    assert_eq!(rx1.recv().await.unwrap(), "hello");
    assert_eq!(rx2.recv().await.unwrap(), "hello");
    assert_eq!(rx1.try_recv(), Err(TryRecvError::Empty));
    println!("send_two_recv: ok");
}

async fn capacity_rounds_up() {
    let (tx, mut rx) = broadcast::channel(3);
    for i in 1..=5 {
        tx.send(i).unwrap();
    }
    let mut seen = vec![];
    loop {
        match rx.try_recv() {
            Ok(v) => seen.push(v.to_string()),
            Err(TryRecvError::Lagged(n)) => seen.push(format!("lagged({})", n)),
            Err(TryRecvError::Empty) => break,
            Err(e) => panic!("{:?}", e),
        }
    }
    println!("capacity_rounds_up: {}", seen.join(" "));
}

async fn lag_with_recv() {
    let (tx, mut rx) = broadcast::channel(2);
    for i in 0..7 {
        tx.send(i).unwrap();
    }
    let first = rx.recv().await;
    let mut rest = vec![];
    while let Ok(v) = rx.try_recv() {
        rest.push(v);
    }
    assert!(matches!(first, Err(RecvError::Lagged(5))));
    println!("lag_with_recv: {:?} then {:?}", first, rest);
}

async fn send_no_receivers() {
    let (tx, rx) = broadcast::channel::<u32>(4);
    drop(rx);
    assert_eq!(tx.receiver_count(), 0);
    let err = tx.send(42).unwrap_err();
    println!("send_no_receivers: got back {} ({})", err.0, err);
    let mut late = tx.subscribe();
    tx.send(43).unwrap();
    assert_eq!(late.recv().await.unwrap(), 43);
}

async fn subscribe_sees_only_later() {
    let (tx, mut early) = broadcast::channel(8);
    tx.send('a').unwrap();
    tx.send('b').unwrap();
    let mut late = tx.subscribe();
    tx.send('c').unwrap();
    let mut e = String::new();
    while let Ok(c) = early.try_recv() {
        e.push(c);
    }
    let mut l = String::new();
    while let Ok(c) = late.try_recv() {
        l.push(c);
    }
    println!("subscribe_sees_only_later: early={} late={}", e, l);
}

async fn closed_after_sender_drop() {
    let (tx, mut rx) = broadcast::channel(4);
    let tx2 = tx.clone();
    tx.send(1).unwrap();
    drop(tx);
    tx2.send(2).unwrap();
    drop(tx2);
    assert_eq!(rx.recv().await, Ok(1));
    assert_eq!(rx.recv().await, Ok(2));
    assert_eq!(rx.recv().await, Err(RecvError::Closed));
    assert_eq!(rx.try_recv(), Err(TryRecvError::Closed));
    println!("closed_after_sender_drop: {}", RecvError::Closed);
}

async fn tasks_get_clones() {
    let (tx, _keep) = broadcast::channel::<String>(16);
    let mut handles = vec![];
    for id in 0..3 {
        let mut rx = tx.subscribe();
        handles.push(tokio::spawn(async move {
            let mut total = 0;
            while let Ok(msg) = rx.recv().await {
                if msg == "stop" {
                    break;
                }
                total += msg.len() * (id + 1);
            }
            total
        }));
    }
    for word in ["alpha", "be", "gamma", "stop"] {
        tx.send(word.to_string()).unwrap();
    }
    let mut totals = vec![];
    for h in handles {
        totals.push(h.await.unwrap());
    }
    println!(
        "tasks_get_clones: {:?} receivers left {}",
        totals,
        tx.receiver_count()
    );
}

#[tokio::main]
async fn main() {
    send_two_recv().await;
    capacity_rounds_up().await;
    lag_with_recv().await;
    send_no_receivers().await;
    subscribe_sees_only_later().await;
    closed_after_sender_drop().await;
    tasks_get_clones().await;
}
