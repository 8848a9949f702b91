// Pausing Tokio's clock pauses tokio::time::Instant only: std::time::Instant and
// std::thread::sleep keep real time, and a sleeping std thread does not hold the paused clock back.
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let tokio_start = tokio::time::Instant::now();
    let real_start = Instant::now();

    // An hour of Tokio time passes at once: the runtime is idle, so the clock jumps ahead.
    tokio::time::sleep(Duration::from_secs(3600)).await;
    println!("tokio clock: {:?}", tokio_start.elapsed());
    println!("real clock under a minute: {}", real_start.elapsed() < Duration::from_secs(60));

    // A std sleep blocks for real time and leaves the paused clock where it was.
    thread::sleep(Duration::from_millis(20));
    println!("tokio clock after a std sleep: {:?}", tokio_start.elapsed());
    println!("real clock at least 20ms: {}", real_start.elapsed() >= Duration::from_millis(20));

    // A std thread sleeping for real does not stop the paused clock from jumping.
    let (tx, rx) = mpsc::channel();
    let sleeper = thread::spawn(move || {
        let started = Instant::now();
        thread::sleep(Duration::from_millis(30));
        tx.send(started.elapsed() >= Duration::from_millis(30)).unwrap();
    });
    tokio::time::sleep(Duration::from_secs(60)).await;
    println!("tokio clock after another minute: {:?}", tokio_start.elapsed());
    sleeper.join().unwrap();
    println!("the thread slept 30ms of real time: {}", rx.recv().unwrap());

    let elapsed = real_start.elapsed();
    assert!(elapsed >= Duration::from_millis(50));
    assert!(elapsed < Duration::from_secs(60), "real time followed the paused clock: {:?}", elapsed);
}
