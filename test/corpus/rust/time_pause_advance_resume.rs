// time::pause, time::advance and time::resume: spawned sleepers fire only once the clock is moved past their deadlines
use tokio::sync::mpsc::{self, error::TryRecvError};
use tokio::time::{self, Duration, Instant};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    time::pause();
    let start = Instant::now();
    let (tx, mut rx) = mpsc::unbounded_channel::<&str>();

    for (name, ms) in [("first", 15u64), ("second", 15), ("third", 75)] {
        let tx = tx.clone();
        tokio::spawn(async move {
            time::sleep(Duration::from_millis(ms)).await;
            tx.send(name).unwrap();
        });
    }
    drop(tx);
    // let the tasks start their sleeps
    tokio::task::yield_now().await;

    for step in [10u64, 10, 30, 30] {
        time::advance(Duration::from_millis(step)).await;
        tokio::task::yield_now().await;
        let mut fired = Vec::new();
        loop {
            match rx.try_recv() {
                Ok(name) => fired.push(name),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    fired.push("(all done)");
                    break;
                }
            }
        }
        println!("at {:?}: {:?}", start.elapsed(), fired);
    }

    let frozen = Instant::now();
    tokio::task::yield_now().await;
    println!("paused clock stands still: {}", frozen == Instant::now());

    time::resume();
    time::sleep(Duration::from_millis(5)).await;
    println!("after resume the clock runs: {}", start.elapsed() >= Duration::from_millis(85));
}
