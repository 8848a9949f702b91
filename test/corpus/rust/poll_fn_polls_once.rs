// std::future::poll_fn polling a pinned future once by hand, as Tokio's own tests check Pending/Ready: a Pending future stays where it waits (a queued send keeps its place, a sleep its deadline, a Notified its registration, an async block its progress) and a later poll finds it Ready; Poll matched and is_ready/is_pending; a poll_fn that returns Pending after cx.waker().wake_by_ref() is polled again; std::future::pending under timeout
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::sync::{mpsc, Notify};
use tokio::time::{self, sleep, timeout};

/// Polls `fut` once: Some(output) when it is ready, None when it would wait.
async fn try_once<F: Future + Unpin>(fut: &mut F) -> Option<F::Output> {
    std::future::poll_fn(|cx: &mut Context<'_>| match Pin::new(&mut *fut).poll(cx) {
        Poll::Ready(out) => Poll::Ready(Some(out)),
        Poll::Pending => Poll::Ready(None),
    })
    .await
}

async fn is_ready<F: Future + Unpin>(fut: &mut F) -> bool {
    std::future::poll_fn(|cx| Poll::Ready(Pin::new(&mut *fut).poll(cx).is_ready())).await
}

async fn queued_send_keeps_its_place() {
    let (tx, mut rx) = mpsc::channel::<&str>(1);
    tx.send("fills the slot").await.unwrap();
    let mut waiting = Box::pin(tx.send("queued"));
    let first = try_once(&mut waiting).await.is_none();
    let taken = rx.recv().await.unwrap();
    let second = try_once(&mut waiting).await.map(|r| r.is_ok());
    println!(
        "queued_send_keeps_its_place: pending first={} took {:?} then {:?}, next {:?}",
        first,
        taken,
        second,
        rx.recv().await
    );
}

async fn sleep_polled_across_advance() {
    let mut nap = Box::pin(sleep(Duration::from_millis(40)));
    let mut seen = vec![is_ready(&mut nap).await];
    time::advance(Duration::from_millis(39)).await;
    seen.push(is_ready(&mut nap).await);
    time::advance(Duration::from_millis(1)).await;
    seen.push(is_ready(&mut nap).await);
    println!("sleep_polled_across_advance: {:?}", seen);
}

async fn notified_stays_registered() {
    let notify = Notify::new();
    let mut wait = Box::pin(notify.notified());
    let before = is_ready(&mut wait).await;
    notify.notify_one();
    let after = is_ready(&mut wait).await;
    let mut later = Box::pin(notify.notified());
    println!(
        "notified_stays_registered: before={} after={} no permit left={}",
        before,
        after,
        !is_ready(&mut later).await
    );
}

async fn async_block_keeps_progress() {
    let (tx, mut rx) = mpsc::unbounded_channel::<u32>();
    let mut sum_two = Box::pin(async move {
        let a = rx.recv().await.unwrap();
        let b = rx.recv().await.unwrap();
        a + b
    });
    let mut polls = vec![try_once(&mut sum_two).await];
    tx.send(20).unwrap();
    polls.push(try_once(&mut sum_two).await);
    tx.send(22).unwrap();
    polls.push(try_once(&mut sum_two).await);
    println!("async_block_keeps_progress: {:?}", polls);
}

async fn poll_fn_woken_by_its_waker() {
    let mut calls = 0;
    let value = std::future::poll_fn(|cx| {
        calls += 1;
        if calls < 3 {
            cx.waker().wake_by_ref();
            Poll::Pending
        } else {
            Poll::Ready(calls * 10)
        }
    })
    .await;
    let polled: Poll<u8> = Poll::Pending;
    println!(
        "poll_fn_woken_by_its_waker: {} after {} calls, Pending is_pending={}",
        value,
        calls,
        polled.is_pending()
    );
}

async fn pending_never_completes() {
    let waited = timeout(Duration::from_millis(25), std::future::pending::<u8>()).await;
    println!("pending_never_completes: timed out={}", waited.is_err());
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    queued_send_keeps_its_place().await;
    sleep_polled_across_advance().await;
    notified_stays_registered().await;
    async_block_keeps_progress().await;
    poll_fn_woken_by_its_waker().await;
    pending_never_completes().await;
}
