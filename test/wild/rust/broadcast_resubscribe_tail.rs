// tokio docs style: broadcast subscribe after sends sees only later values, resubscribe starts at the sender's tail, Lagged(n) reports how many were skipped
use tokio::sync::broadcast::{self, error::RecvError, error::TryRecvError};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut early) = broadcast::channel::<String>(3);
    for i in 1..=2 {
        tx.send(format!("m{}", i)).unwrap();
    }
    let mut late = tx.subscribe();
    println!("late.len() right after subscribe: {}", late.len());
    println!("early.len(): {}", early.len());
    tx.send("m3".to_string()).unwrap();

    println!("late receives: {:?}", late.recv().await);
    println!("late then: {:?}", late.try_recv());

    let mut copy = early.resubscribe();
    println!("early first: {:?}", early.recv().await);
    println!("copy after resubscribe is empty: {}", matches!(copy.try_recv(), Err(TryRecvError::Empty)));

    for i in 4..=8 {
        let n = tx.send(format!("m{}", i)).unwrap();
        if i == 4 {
            println!("send reached {} receivers", n);
        }
    }
    // early had m2,m3 left plus five more; the capacity of 3 is rounded up to 4 slots
    let mut seen = Vec::new();
    loop {
        match early.try_recv() {
            Ok(v) => seen.push(v),
            Err(TryRecvError::Lagged(n)) => seen.push(format!("<lagged {}>", n)),
            Err(TryRecvError::Empty) => break,
            Err(e) => {
                seen.push(format!("<{:?}>", e));
                break;
            }
        }
    }
    println!("early drained: {}", seen.join(" "));

    drop(tx);
    let mut copy_seen = Vec::new();
    loop {
        match copy.recv().await {
            Ok(v) => copy_seen.push(v),
            Err(RecvError::Lagged(n)) => copy_seen.push(format!("<lagged {}>", n)),
            Err(RecvError::Closed) => {
                copy_seen.push("<closed>".to_string());
                break;
            }
        }
    }
    println!("copy drained: {}", copy_seen.join(" "));
    let mut rest = 0;
    while late.recv().await.is_ok() {
        rest += 1;
    }
    println!("late drained {} more before Closed", rest);
}
