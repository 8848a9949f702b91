// A panic! in main after some output: stdout keeps what was printed, stderr starts with
// "thread 'main' panicked at src/...:L:C:", then the formatted message, and the exit code is 101.
use tokio::sync::mpsc;

#[derive(Debug)]
struct Reading {
    sensor: &'static str,
    value: i32,
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<Reading>(4);
    tokio::spawn(async move {
        for (sensor, value) in [("a", 12), ("b", -3), ("c", 40)] {
            tx.send(Reading { sensor, value }).await.unwrap();
        }
    });
    let mut total = 0;
    while let Some(r) = rx.recv().await {
        println!("reading {:?}", r);
        if r.value < 0 {
            panic!("sensor {} reported {} (total so far {})", r.sensor, r.value, total);
        }
        total += r.value;
    }
    println!("never reached: {}", total);
}
