// tokio tests style: aborting a sleeping task gives a cancelled JoinError
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let handle = tokio::spawn(async {
        sleep(Duration::from_secs(10)).await;
        println!("this should never print");
        5
    });

    sleep(Duration::from_millis(1)).await;
    handle.abort();

    match handle.await {
        Ok(v) => println!("finished with {}", v),
        Err(e) if e.is_cancelled() => println!("cancelled: {}", e),
        Err(e) => println!("other error: {}", e),
    }

    // aborting an already-finished task changes nothing
    let quick = tokio::spawn(async { "done" });
    sleep(Duration::from_millis(1)).await;
    quick.abort();
    println!("quick result: {:?}", quick.await.ok());
}
