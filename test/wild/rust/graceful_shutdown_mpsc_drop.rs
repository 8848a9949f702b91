// tokio tutorial style (graceful shutdown): a watch flag says stop, each task holds an mpsc Sender clone, main waits for recv() == None
use std::time::Duration;
use tokio::sync::{mpsc, watch};
use tokio::time::sleep;

struct Shutdown {
    is_shutdown: bool,
    notify: watch::Receiver<bool>,
}

impl Shutdown {
    fn new(notify: watch::Receiver<bool>) -> Shutdown {
        Shutdown { is_shutdown: false, notify }
    }
    async fn recv(&mut self) {
        if self.is_shutdown {
            return;
        }
        let _ = self.notify.changed().await;
        self.is_shutdown = true;
    }
}

async fn worker(id: u32, mut shutdown: Shutdown, _done: mpsc::Sender<()>, log: mpsc::UnboundedSender<String>) {
    let mut jobs = 0;
    loop {
        tokio::select! {
            _ = sleep(Duration::from_millis(40 + id as u64 * 15)) => {
                jobs += 1;
            }
            _ = shutdown.recv() => {
                log.send(format!("worker {} stopping after {} jobs", id, jobs)).unwrap();
                break;
            }
        }
    }
    sleep(Duration::from_millis(id as u64 * 7)).await;
    log.send(format!("worker {} cleaned up", id)).unwrap();
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (notify_tx, notify_rx) = watch::channel(false);
    let (done_tx, mut done_rx) = mpsc::channel::<()>(1);
    let (log_tx, mut log_rx) = mpsc::unbounded_channel();

    for id in 1..=3 {
        tokio::spawn(worker(id, Shutdown::new(notify_rx.clone()), done_tx.clone(), log_tx.clone()));
    }
    drop(notify_rx);
    drop(log_tx);

    sleep(Duration::from_millis(201)).await;
    println!("signal received, shutting down");
    notify_tx.send(true).unwrap();

    drop(done_tx);
    let _ = done_rx.recv().await;
    println!("all workers finished");
    let mut lines = Vec::new();
    while let Some(line) = log_rx.recv().await {
        lines.push(line);
    }
    let (mut stopping, cleanup): (Vec<String>, Vec<String>) = lines.into_iter().partition(|l| l.contains("stopping"));
    stopping.sort();
    for line in stopping.iter().chain(cleanup.iter()) {
        println!("{}", line);
    }
}
