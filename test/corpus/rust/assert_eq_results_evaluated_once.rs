// assert_eq!/assert_ne! compare Result, Option and enum values by value, and evaluate each operand exactly once.
use tokio::sync::mpsc::{self, error::TryRecvError};
use tokio::sync::oneshot;

#[derive(Debug, PartialEq)]
enum Reply {
    Done(u32),
    Failed { code: i32 },
}

#[derive(Debug, PartialEq, Clone)]
struct Point {
    x: i32,
    y: i32,
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    tx.try_send(7).unwrap();
    tx.try_send(8).unwrap();
    // Each try_recv runs once: a second evaluation would take the next value.
    assert_eq!(rx.try_recv(), Ok(7));
    assert_eq!(rx.try_recv(), Ok(8));
    assert_eq!(rx.try_recv(), Err(TryRecvError::Empty));
    drop(tx);
    assert_eq!(rx.try_recv(), Err(TryRecvError::Disconnected));
    assert_eq!(rx.recv().await, None);

    let (done_tx, done_rx) = oneshot::channel();
    done_tx.send(Reply::Done(3)).unwrap();
    // Awaiting a oneshot receiver twice would panic: the message must not await it again.
    assert_eq!(done_rx.await, Ok(Reply::Done(3)));
    assert_ne!(Reply::Failed { code: 1 }, Reply::Failed { code: 2 });
    assert_eq!(Some(Point { x: 1, y: 2 }), Some(Point { x: 1, y: 2 }));
    assert_ne!(Some(Point { x: 1, y: 2 }), None);

    let mut calls = 0;
    let mut next = || {
        calls += 1;
        calls
    };
    assert_eq!(next(), 1, "first call");
    assert_eq!(next(), 2, "second call");
    println!("calls: {}", calls);
    let moved = vec![Point { x: 3, y: 4 }];
    assert_eq!(moved.iter().map(|p| p.x + p.y).sum::<i32>(), 7);
    println!("all equal");
}
