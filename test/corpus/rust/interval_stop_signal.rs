// interval: the first tick completes at once and later ticks one period apart, so three ticks
// take at least two periods; a ticking task stops when a watch flag says so and reports its count.
use tokio::sync::{mpsc, watch};
use tokio::time::{interval, Duration, Instant};

#[tokio::main]
async fn main() {
    let period = Duration::from_millis(40);
    let mut ticker = interval(period);
    let start = Instant::now();
    for i in 1..=3 {
        ticker.tick().await;
        println!("tick {}", i);
    }
    println!("three ticks took at least two periods: {}", start.elapsed() >= period * 2);

    let (stop_tx, mut stop_rx) = watch::channel(false);
    let (count_tx, mut count_rx) = mpsc::channel::<u32>(1);
    let worker = tokio::spawn(async move {
        let mut every = interval(Duration::from_millis(10));
        let mut ticks = 0u32;
        loop {
            tokio::select! {
                _ = every.tick() => {
                    ticks += 1;
                    if ticks == 5 {
                        count_tx.send(ticks).await.unwrap();
                    }
                }
                changed = stop_rx.changed() => {
                    if changed.is_err() || *stop_rx.borrow() {
                        break;
                    }
                }
            }
        }
        ticks >= 5
    });

    println!("worker reached {} ticks", count_rx.recv().await.unwrap());
    stop_tx.send(true).unwrap();
    println!("worker stopped after at least 5 ticks: {}", worker.await.unwrap());
    println!("count channel closed: {:?}", count_rx.recv().await);
}
