// tokio tests style (sync_watch.rs): test bodies in sequence - the initial value counts as seen, changed() after several sends sees only the last, borrow vs borrow_and_update, cloned receivers keep their own seen-version, send fails with no receivers but send_replace still stores, Sender::closed, changed() errors once the sender is gone
use std::time::Duration;
use tokio::sync::watch;

async fn single_rx_recv() {
    let (tx, mut rx) = watch::channel("one");
    assert_eq!(*rx.borrow(), "one");
    assert!(!rx.has_changed().unwrap());
    tx.send("two").unwrap();
    tx.send("three").unwrap();
    assert!(rx.has_changed().unwrap());
    rx.changed().await.unwrap();
    assert_eq!(*rx.borrow(), "three");
    assert!(!rx.has_changed().unwrap());
    println!("single_rx_recv: only the last value {:?}", *rx.borrow());
}

async fn borrow_vs_borrow_and_update() {
    let (tx, mut rx) = watch::channel(0);
    tx.send(1).unwrap();
    let peek = *rx.borrow();
    let still = rx.has_changed().unwrap();
    let taken = *rx.borrow_and_update();
    let after = rx.has_changed().unwrap();
    println!(
        "borrow_vs_borrow_and_update: peek={} changed={} took={} changed={}",
        peek, still, taken, after
    );
}

async fn clones_keep_version() {
    let (tx, mut rx1) = watch::channel(10);
    tx.send(11).unwrap();
    let mut rx2 = rx1.clone();
    rx1.changed().await.unwrap();
    let r2 = rx2.has_changed().unwrap();
    rx2.borrow_and_update();
    tx.send(12).unwrap();
    println!(
        "clones_keep_version: rx2 saw pending={} then both pending=({}, {})",
        r2,
        rx1.has_changed().unwrap(),
        rx2.has_changed().unwrap()
    );
}

async fn no_receivers() {
    let (tx, rx) = watch::channel(String::from("init"));
    drop(rx);
    assert!(tx.is_closed());
    let err = tx.send("lost".into()).unwrap_err();
    let old = tx.send_replace("stored".into());
    let rx = tx.subscribe();
    println!(
        "no_receivers: send error gave back {:?}, replace returned {:?}, new rx sees {:?}",
        err.0,
        old,
        *rx.borrow()
    );
}

async fn sender_closed_wakes() {
    let (tx, rx) = watch::channel(());
    let rx2 = rx.clone();
    let h = tokio::spawn(async move {
        tx.closed().await;
        "all receivers gone"
    });
    tokio::time::sleep(Duration::from_millis(10)).await;
    drop(rx);
    tokio::time::sleep(Duration::from_millis(10)).await;
    assert!(!h.is_finished());
    drop(rx2);
    println!("sender_closed_wakes: {}", h.await.unwrap());
}

async fn changed_errors_after_drop() {
    let (tx, mut rx) = watch::channel(1);
    let h = tokio::spawn(async move {
        let mut seen = vec![*rx.borrow_and_update()];
        while rx.changed().await.is_ok() {
            seen.push(*rx.borrow_and_update());
        }
        seen.push(*rx.borrow());
        seen
    });
    for v in [2, 3, 4] {
        tokio::time::sleep(Duration::from_millis(5)).await;
        tx.send(v).unwrap();
    }
    tokio::time::sleep(Duration::from_millis(5)).await;
    drop(tx);
    println!("changed_errors_after_drop: {:?}", h.await.unwrap());
}

async fn send_modify_counts() {
    let (tx, mut rx) = watch::channel(vec![1, 2]);
    tx.send_modify(|v| v.push(3));
    let changed = tx.send_if_modified(|v| {
        if v.len() > 5 {
            v.clear();
            true
        } else {
            false
        }
    });
    rx.changed().await.unwrap();
    let now = rx.borrow_and_update().clone();
    println!(
        "send_modify_counts: {:?} modified={} pending={}",
        now,
        changed,
        rx.has_changed().unwrap()
    );
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    single_rx_recv().await;
    borrow_vs_borrow_and_update().await;
    clones_keep_version().await;
    no_receivers().await;
    sender_closed_wakes().await;
    changed_errors_after_drop().await;
    send_modify_counts().await;
}
