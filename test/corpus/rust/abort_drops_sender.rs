// JoinHandle::abort cancels a task at its next await; the aborted task's sender is dropped,
// which closes the channel; awaiting the handle gives a cancelled JoinError; is_finished.
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::sleep;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(1);
    let ticker = tokio::spawn(async move {
        let mut n = 0;
        loop {
            n += 1;
            tx.send(n).await.unwrap();
        }
    });

    for _ in 0..3 {
        println!("tick {}", rx.recv().await.unwrap());
    }
    ticker.abort();
    let result = ticker.await;
    match &result {
        Err(e) if e.is_cancelled() => println!("ticker cancelled"),
        Err(e) => println!("ticker failed otherwise: {}", e),
        Ok(()) => println!("ticker finished"),
    }
    let mut leftover = 0;
    while rx.recv().await.is_some() {
        leftover += 1;
    }
    println!("channel closed after the abort; at most one value left: {}", leftover <= 1);

    let sleeper = tokio::spawn(async {
        sleep(Duration::from_secs(30)).await;
        "woke up"
    });
    sleep(Duration::from_millis(20)).await;
    println!("sleeper finished before abort: {}", sleeper.is_finished());
    sleeper.abort();
    let err = sleeper.await.unwrap_err();
    println!("sleeper: cancelled={} panic={}", err.is_cancelled(), err.is_panic());

    let quick = tokio::spawn(async { 6 * 7 });
    let value = quick.await.unwrap();
    println!("a task that ends first is not affected: {}", value);
}
