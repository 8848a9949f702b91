// everyday tokio style: wait for a reply with a timeout, give up with exit code 3
use std::process;
use tokio::sync::oneshot;
use tokio::time::{timeout, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = oneshot::channel::<&'static str>();

    // the responder holds on to the sender but never answers
    let _keeper = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_secs(3600)).await;
        let _ = tx.send("too late");
    });

    println!("waiting for reply...");
    match timeout(Duration::from_millis(250), rx).await {
        Ok(Ok(reply)) => println!("reply: {}", reply),
        Ok(Err(_)) => println!("responder vanished"),
        Err(elapsed) => {
            println!("no reply: {}", elapsed);
            process::exit(3);
        }
    }
}
