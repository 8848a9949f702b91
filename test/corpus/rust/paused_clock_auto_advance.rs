// start_paused: the clock jumps to the next timer when every task waits, so elapsed times are exact; sleep_until, Duration::ZERO, Instant arithmetic
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{sleep, sleep_until, Instant};

struct Job {
    name: &'static str,
    delay: Duration,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<(&str, Duration)>(8);

    let mut jobs = vec![
        Job { name: "backup", delay: Duration::from_secs(2 * 3600) },
        Job { name: "email", delay: Duration::from_millis(1500) },
        Job { name: "report", delay: Duration::from_secs(45) },
    ];
    jobs.sort_by_key(|j| j.delay);
    println!("order: {:?}", jobs.iter().map(|j| j.name).collect::<Vec<_>>());

    for job in jobs {
        let tx = tx.clone();
        tokio::spawn(async move {
            sleep(job.delay).await;
            tx.send((job.name, start.elapsed())).await.unwrap();
        });
    }
    drop(tx);

    while let Some((name, at)) = rx.recv().await {
        println!("{} done after {:?}", name, at);
    }

    // a deadline in the past completes at once and leaves the clock where it is
    let before = Instant::now();
    sleep_until(start + Duration::from_secs(10)).await;
    sleep(Duration::ZERO).await;
    println!("clock moved: {}", before.elapsed() > Duration::ZERO);

    // sub-millisecond sleeps wait for the next whole millisecond
    let t = Instant::now();
    sleep(Duration::from_micros(300)).await;
    println!("300us sleep took {:?}", t.elapsed());

    let deadline = Instant::now() + Duration::from_millis(250);
    sleep_until(deadline).await;
    println!("on time: {}", Instant::now() == deadline);
    println!("late by {:?}", Instant::now().saturating_duration_since(deadline));
    println!("checked in the future: {:?}", deadline.checked_duration_since(Instant::now() + Duration::from_secs(1)));
    println!("checked in the past: {:?}", Instant::now().checked_duration_since(start));
    println!("total {}s", (Instant::now() - start).as_secs());
}
