// tokio tests style: time::pause + advance, a spawned sleeper fires only once the clock passes it
use tokio::sync::mpsc::{self, error::TryRecvError};
use tokio::time::{self, Duration};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    time::pause();
    let (tx, mut rx) = mpsc::unbounded_channel();

    for (name, ms) in [("short", 10u64), ("medium", 50), ("long", 200)] {
        let tx = tx.clone();
        tokio::spawn(async move {
            time::sleep(Duration::from_millis(ms)).await;
            tx.send(name).unwrap();
        });
    }
    drop(tx);
    tokio::task::yield_now().await;

    let mut step = 0;
    for adv in [5u64, 10, 40, 100, 100] {
        time::advance(Duration::from_millis(adv)).await;
        // give the woken sleepers a turn before looking
        tokio::task::yield_now().await;
        step += adv;
        let mut fired = Vec::new();
        loop {
            match rx.try_recv() {
                Ok(n) => fired.push(n),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    fired.push("<closed>");
                    break;
                }
            }
        }
        println!("t={:>3}ms fired {:?}", step, fired);
    }
    time::resume();
}
