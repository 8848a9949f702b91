// tokio docs style: a watch channel carries an enum state; observers loop on changed() + borrow_and_update until a final state
use tokio::sync::{mpsc, watch};
use tokio::time::{sleep, Duration};

#[derive(Debug, Clone, PartialEq)]
enum Phase {
    Starting,
    Running { progress: u8 },
    Draining(u32),
    Stopped,
}

async fn observer(id: u8, mut rx: watch::Receiver<Phase>, out: mpsc::UnboundedSender<(u8, String)>) {
    let mut seen = vec![format!("{:?}", *rx.borrow())];
    loop {
        if rx.changed().await.is_err() {
            seen.push("sender gone".into());
            break;
        }
        let phase = rx.borrow_and_update().clone();
        let stop = phase == Phase::Stopped;
        match phase {
            Phase::Running { progress } if progress < 50 && id == 2 => {}
            other => seen.push(format!("{:?}", other)),
        }
        if stop {
            break;
        }
    }
    out.send((id, seen.join(" -> "))).unwrap();
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = watch::channel(Phase::Starting);
    let (out_tx, mut out_rx) = mpsc::unbounded_channel();
    for id in 1..=2 {
        tokio::spawn(observer(id, rx.clone(), out_tx.clone()));
    }
    let late_rx = rx.clone();
    drop(rx);
    drop(out_tx);

    for p in [10, 40, 60, 90] {
        sleep(Duration::from_millis(10)).await;
        tx.send(Phase::Running { progress: p }).unwrap();
    }
    tx.send_modify(|ph| {
        if let Phase::Running { progress } = ph {
            *progress = 100;
        }
    });
    sleep(Duration::from_millis(10)).await;
    tx.send(Phase::Draining(3)).unwrap();
    tx.send(Phase::Draining(0)).unwrap();
    sleep(Duration::from_millis(10)).await;
    tx.send(Phase::Stopped).unwrap();
    println!("late receiver sees {:?}, changed={}", *late_rx.borrow(), late_rx.has_changed().unwrap());
    println!("receivers {}", tx.receiver_count());

    let mut lines = Vec::new();
    while let Some(l) = out_rx.recv().await {
        lines.push(l);
    }
    lines.sort();
    for (id, l) in lines {
        println!("observer {}: {}", id, l);
    }
    drop(late_rx);
    println!("send with no receivers: {:?}", tx.send(Phase::Starting).is_err());
}
