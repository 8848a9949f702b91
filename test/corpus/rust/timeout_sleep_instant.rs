// timeout() gives Err(Elapsed) when the future is late and Ok(value) when it is on time; sleep
// and Instant::elapsed() are only compared with lower bounds, never printed.
use tokio::sync::mpsc;
use tokio::time::{sleep, timeout, Duration, Instant};

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<&str>(1);
    tokio::spawn(async move {
        sleep(Duration::from_millis(300)).await;
        tx.send("late reply").await.unwrap();
    });

    let start = Instant::now();
    match timeout(Duration::from_millis(50), rx.recv()).await {
        Ok(v) => println!("early: {:?}", v),
        Err(e) => println!("first wait: {} ({:?})", e, e),
    }
    println!("waited at least 50 ms: {}", start.elapsed() >= Duration::from_millis(50));

    let second = timeout(Duration::from_secs(3), rx.recv()).await;
    println!("second wait: {:?}", second);
    println!("at least 300 ms in total: {}", start.elapsed() >= Duration::from_millis(300));

    let closed = timeout(Duration::from_secs(3), rx.recv()).await;
    println!("third wait: {:?}", closed);

    let d = Duration::from_millis(1500);
    println!("duration: {} s + {} ms = {} ms", d.as_secs(), d.subsec_millis(), d.as_millis());
    let sum = Duration::from_secs(2) + Duration::from_millis(250);
    println!("sum in ms: {}, doubled in secs: {}", sum.as_millis(), (sum * 2).as_secs());

    let t = Instant::now();
    sleep(Duration::from_millis(20)).await;
    let waited = t.elapsed();
    println!("slept at least 20 ms: {}", waited >= Duration::from_millis(20));
    println!("deadline ahead: {}", Instant::now() + Duration::from_secs(1) > Instant::now());
}
