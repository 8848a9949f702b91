// tokio tutorial style (graceful shutdown): workers watch a shutdown flag and drain before exiting
use tokio::sync::watch;
use tokio::task::JoinSet;
use tokio::time::{self, Duration};

struct Worker {
    id: u32,
    period_ms: u64,
}

impl Worker {
    async fn run(self, mut shutdown: watch::Receiver<bool>) -> String {
        let mut ticker = time::interval(Duration::from_millis(self.period_ms));
        let mut beats = 0;
        loop {
            tokio::select! {
                _ = ticker.tick() => beats += 1,
                res = shutdown.changed() => {
                    if res.is_err() || *shutdown.borrow() {
                        break;
                    }
                }
            }
        }
        format!("worker {} stopped after {} beats", self.id, beats)
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (stop_tx, stop_rx) = watch::channel(false);
    let mut set = JoinSet::new();
    for (id, period_ms) in [(1, 70), (2, 110), (3, 230)] {
        set.spawn(Worker { id, period_ms }.run(stop_rx.clone()));
    }
    drop(stop_rx);

    time::sleep(Duration::from_millis(500)).await;
    stop_tx.send(true).unwrap();

    let mut lines = Vec::new();
    while let Some(r) = set.join_next().await {
        lines.push(r.unwrap());
    }
    lines.sort();
    for l in lines {
        println!("{}", l);
    }
    stop_tx.closed().await;
    println!("all receivers gone");
}
