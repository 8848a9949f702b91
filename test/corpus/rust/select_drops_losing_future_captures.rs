// select! drops its losing future with what it still holds: an async move block that took a Drop value (or a channel sender) and had not yet reached its own drop(..) or `let` move drops it when another branch wins, so its log line comes and a channel whose last sender it held closes; one that already moved its value into a local drops it once, from that local
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::sleep;

struct Noisy {
    name: &'static str,
    log: mpsc::UnboundedSender<String>,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        let _ = self.log.send(format!("drop {}", self.name));
    }
}

async fn drain(mut rx: mpsc::UnboundedReceiver<String>) -> Vec<String> {
    let mut lines = Vec::new();
    while let Some(line) = rx.recv().await {
        lines.push(line);
    }
    lines
}

async fn loser_drops_its_guard() {
    let (log, rx) = mpsc::unbounded_channel();
    let quick_guard = Noisy { name: "quick", log: log.clone() };
    let late_guard = Noisy { name: "late", log: log.clone() };
    drop(log);
    let quick = async move {
        sleep(Duration::from_millis(5)).await;
        drop(quick_guard);
        1
    };
    let late = async move {
        sleep(Duration::from_millis(100)).await;
        let _held = late_guard;
        2
    };
    let won = tokio::select! {
        v = quick => v,
        v = late => v,
    };
    println!("loser_drops_its_guard: {} won, log {:?}", won, drain(rx).await);
}

async fn moved_guard_dropped_once() {
    let (log, rx) = mpsc::unbounded_channel();
    let guard = Noisy { name: "moved", log: log.clone() };
    drop(log);
    let slow = async move {
        let held = guard;
        sleep(Duration::from_millis(100)).await;
        held.name.len()
    };
    let got = tokio::select! {
        n = slow => Some(n),
        _ = sleep(Duration::from_millis(10)) => None,
    };
    println!("moved_guard_dropped_once: {:?}, log {:?}", got, drain(rx).await);
}

async fn losing_sender_closes_channel(tx: mpsc::Sender<u8>, mut rx: mpsc::Receiver<u8>) {
    let sending = async move {
        sleep(Duration::from_millis(50)).await;
        tx.send(9).await.unwrap();
        drop(tx);
    };
    let winner = tokio::select! {
        _ = sending => "sender",
        _ = sleep(Duration::from_millis(5)) => "timer",
    };
    println!("losing_sender_closes_channel: {} won, then {:?}", winner, rx.recv().await);
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    loser_drops_its_guard().await;
    moved_guard_dropped_once().await;
    let (tx, rx) = mpsc::channel::<u8>(1);
    losing_sender_closes_channel(tx, rx).await;
}
