// tokio::time::timeout: Err(Elapsed) when the future is not ready in time (the future is
// dropped: a pending recv takes nothing), Ok(value) when it completes first, and a future
// that is already ready wins even against a zero duration.
use tokio::sync::{mpsc, oneshot};
use tokio::time::{sleep, timeout, Duration};

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    let r = timeout(Duration::from_millis(20), rx.recv()).await;
    println!("recv with nothing sent: {:?}", r);
    if let Err(e) = r {
        println!("display: {}", e);
    }

    let (otx, orx) = oneshot::channel::<u32>();
    tokio::spawn(async move {
        sleep(Duration::from_millis(10)).await;
        otx.send(5).unwrap();
    });
    println!("oneshot answered in time: {:?}", timeout(Duration::from_millis(500), orx).await);

    tx.send(9).await.unwrap();
    println!("ready value, zero duration: {:?}", timeout(Duration::from_millis(0), rx.recv()).await);

    let slow = timeout(Duration::from_millis(20), async {
        sleep(Duration::from_millis(200)).await;
        "slow"
    })
    .await;
    println!("slow future: {:?}", slow.is_err());

    tx.send(10).await.unwrap();
    println!("nothing was lost: {:?}", rx.recv().await);
}
