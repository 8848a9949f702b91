// tokio tests style (time_sleep.rs, time_interval.rs, time_timeout.rs) under paused time: zero and past-deadline sleeps, Sleep::reset/is_elapsed/deadline, sleepers firing in deadline order, interval_at with a future start and Interval::reset, timeout polling a ready future before checking a zero budget, timeout_at in the past, advance()
use std::future::Future;
use std::pin::Pin;
use std::task::Poll;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{self, interval_at, sleep, sleep_until, timeout, timeout_at, Instant};

fn ms(d: Duration) -> u128 {
    d.as_millis()
}

async fn poll_once<F: Future + Unpin>(f: &mut F) -> bool {
    std::future::poll_fn(|cx| Poll::Ready(Pin::new(&mut *f).poll(cx).is_ready())).await
}

async fn zero_and_past_sleeps() {
    let start = Instant::now();
    sleep(Duration::ZERO).await;
    sleep_until(start - Duration::from_millis(5)).await;
    println!("zero_and_past_sleeps: elapsed {}ms", ms(start.elapsed()));
}

async fn reset_sleep() {
    let start = Instant::now();
    let mut s = Box::pin(sleep(Duration::from_millis(100)));
    sleep(Duration::from_millis(60)).await;
    assert!(!s.is_elapsed());
    s.as_mut()
        .reset(Instant::now() + Duration::from_millis(100));
    let deadline_ms = ms(s.deadline() - start);
    s.as_mut().await;
    println!(
        "reset_sleep: deadline at {}ms, woke at {}ms, elapsed={}",
        deadline_ms,
        ms(start.elapsed()),
        s.is_elapsed()
    );
}

async fn deadline_order() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::unbounded_channel();
    for (name, delay) in [("c", 30u64), ("a", 10), ("b", 20), ("d", 30)] {
        let tx = tx.clone();
        tokio::spawn(async move {
            sleep(Duration::from_millis(delay)).await;
            tx.send(format!("{}@{}", name, ms(start.elapsed())))
                .unwrap();
        });
    }
    drop(tx);
    let mut got = vec![];
    while let Some(s) = rx.recv().await {
        got.push(s);
    }
    // c and d share a deadline: order ties by name so either wake order prints the same
    got.sort_by_key(|s| {
        (
            s.split('@').nth(1).unwrap().parse::<u32>().unwrap(),
            s.clone(),
        )
    });
    println!("deadline_order: {:?}", got);
}

async fn interval_at_and_reset() {
    let start = Instant::now();
    let mut iv = interval_at(start + Duration::from_millis(50), Duration::from_millis(20));
    let mut ticks = vec![];
    for _ in 0..3 {
        ticks.push(ms(iv.tick().await - start));
    }
    sleep(Duration::from_millis(5)).await;
    iv.reset();
    let after_reset = ms(iv.tick().await - start);
    println!(
        "interval_at_and_reset: ticks {:?}, after reset {}ms",
        ticks, after_reset
    );
}

async fn timeout_cases() {
    let ready = timeout(Duration::ZERO, async { 1 }).await;
    let slow = timeout(Duration::from_millis(10), sleep(Duration::from_millis(20))).await;
    let past = timeout_at(
        Instant::now() - Duration::from_secs(1),
        std::future::pending::<()>(),
    )
    .await;
    let inner = timeout(
        Duration::from_millis(30),
        timeout(Duration::from_millis(10), std::future::pending::<()>()),
    )
    .await;
    println!(
        "timeout_cases: ready={:?} slow_is_err={} past_is_err={} nested={}",
        ready,
        slow.is_err(),
        past.is_err(),
        match inner {
            Ok(Err(_)) => "inner elapsed",
            Err(_) => "outer elapsed",
            Ok(Ok(())) => "finished",
        }
    );
}

async fn manual_advance() {
    time::advance(Duration::from_millis(1)).await;
    let start = Instant::now();
    let mut s = Box::pin(sleep(Duration::from_millis(100)));
    assert!(!poll_once(&mut s).await);
    time::advance(Duration::from_millis(99)).await;
    let early = poll_once(&mut s).await;
    time::advance(Duration::from_millis(1)).await;
    let on_time = poll_once(&mut s).await;
    println!(
        "manual_advance: at 99ms ready={} at 100ms ready={} clock {}ms",
        early,
        on_time,
        ms(start.elapsed())
    );
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    zero_and_past_sleeps().await;
    reset_sleep().await;
    deadline_order().await;
    interval_at_and_reset().await;
    timeout_cases().await;
    manual_advance().await;
}
