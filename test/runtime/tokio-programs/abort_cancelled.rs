// JoinHandle::abort cancels a task at its next await: awaiting the handle then gives a
// JoinError that is_cancelled(), and the task's captured sender is dropped with it. Aborting a
// task that already finished changes nothing.
use tokio::sync::{mpsc, oneshot};
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<&str>(1);
    let sleeper = tokio::spawn(async move {
        tx.send("going to sleep").await.unwrap();
        sleep(Duration::from_secs(10)).await;
        tx.send("woke up").await.unwrap();
        42
    });
    println!("got: {:?}", rx.recv().await);
    sleeper.abort();
    match sleeper.await {
        Ok(v) => println!("sleeper returned {}", v),
        Err(e) => println!("sleeper: is_cancelled={} is_panic={}", e.is_cancelled(), e.is_panic()),
    }
    println!("after abort the channel is closed: {:?}", rx.recv().await);

    let quick = tokio::spawn(async { 7 });
    sleep(Duration::from_millis(20)).await;
    println!("quick finished: {}", quick.is_finished());
    quick.abort();
    println!("quick after abort: {:?}", quick.await.map_err(|e| e.is_cancelled()));

    let (never_tx, never_rx) = oneshot::channel::<()>();
    let waiting = tokio::spawn(async move {
        let _ = never_rx.await;
        println!("this never prints");
    });
    waiting.abort();
    println!("aborted while waiting: cancelled={}", waiting.await.unwrap_err().is_cancelled());
    println!("its receiver was dropped: {}", never_tx.is_closed());
}
