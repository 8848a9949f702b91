// tokio docs style: time::timeout wraps a future and reports Elapsed when it is too slow
use tokio::sync::oneshot;
use tokio::time::{sleep, timeout, Duration};

async fn slow_square(x: u64, ms: u64) -> u64 {
    sleep(Duration::from_millis(ms)).await;
    x * x
}

#[tokio::main(start_paused = true, flavor = "current_thread")]
async fn main() {
    for (x, ms) in [(3, 10), (4, 500), (5, 99)] {
        match timeout(Duration::from_millis(100), slow_square(x, ms)).await {
            Ok(v) => println!("{}^2 = {}", x, v),
            Err(_) => println!("{}^2 took too long", x),
        }
    }

    let (_tx, rx) = oneshot::channel::<()>();
    let res = timeout(Duration::from_secs(1), rx).await;
    println!("waiting on silent oneshot: {}", if res.is_err() { "elapsed" } else { "done" });
}
