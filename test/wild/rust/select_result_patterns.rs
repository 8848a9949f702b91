// tokio docs style: select! branch patterns that do not match disable that branch for the rest of the call
use tokio::sync::oneshot;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx_fail, rx_fail) = oneshot::channel::<Result<u32, String>>();
    let (tx_ok, rx_ok) = oneshot::channel::<Result<u32, String>>();

    tokio::spawn(async move {
        sleep(Duration::from_millis(10)).await;
        tx_fail.send(Err("primary failed".into())).unwrap();
    });
    tokio::spawn(async move {
        sleep(Duration::from_millis(30)).await;
        tx_ok.send(Ok(7)).unwrap();
    });

    let start = tokio::time::Instant::now();
    // the first branch to complete yields Ok(Err(..)), which does not match Ok(Ok(v))
    let winner = tokio::select! {
        Ok(Ok(v)) = rx_fail => format!("primary answered {}", v),
        Ok(Ok(v)) = rx_ok => format!("backup answered {}", v),
        else => "nobody answered".to_string(),
    };
    println!("{}", winner);
    println!("decided after {}ms", start.elapsed().as_millis());
}
