// tokio tests style (sync_mutex.rs, sync_rwlock.rs): test bodies in sequence - a Mutex guard held across .await blocks a second task, try_lock while held, into_inner/get_mut, RwLock with_max_readers caps readers, try_read/try_write states, a queued writer blocks later readers, guards released on task abort
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::Poll;
use std::time::Duration;
use tokio::sync::{Mutex, RwLock};
use tokio::time::sleep;

async fn poll_once<F: Future + Unpin>(f: &mut F) -> Option<F::Output> {
    std::future::poll_fn(|cx| match Pin::new(&mut *f).poll(cx) {
        Poll::Ready(v) => Poll::Ready(Some(v)),
        Poll::Pending => Poll::Ready(None),
    })
    .await
}

async fn mutex_held_across_await() {
    let m = Arc::new(Mutex::new(Vec::<&str>::new()));
    let m2 = m.clone();
    let holder = tokio::spawn(async move {
        let mut g = m2.lock().await;
        g.push("holder in");
        sleep(Duration::from_millis(100)).await;
        g.push("holder out");
    });
    sleep(Duration::from_millis(10)).await;
    assert!(m.try_lock().is_err());
    m.lock().await.push("main");
    holder.await.unwrap();
    println!("mutex_held_across_await: {:?}", *m.lock().await);
}

async fn mutex_into_inner() {
    let mut m = Mutex::new(String::from("abc"));
    m.get_mut().push('d');
    {
        let g = m.try_lock().unwrap();
        assert!(m.try_lock().is_err());
        drop(g);
    }
    println!("mutex_into_inner: {}", m.into_inner());
}

async fn rwlock_max_readers() {
    let lock = RwLock::with_max_readers(0u8, 2);
    let r1 = lock.read().await;
    let r2 = lock.try_read().unwrap();
    let third = lock.try_read().is_err();
    let mut pending = Box::pin(lock.read());
    let blocked = poll_once(&mut pending).await.is_none();
    drop(r1);
    let got = poll_once(&mut pending).await.is_some();
    drop(r2);
    println!(
        "rwlock_max_readers: third try_read refused={} read blocked={} then got={}",
        third, blocked, got
    );
}

async fn rwlock_try_states() {
    let lock = RwLock::new(5);
    {
        let _r = lock.read().await;
        println!(
            "rwlock_try_states: reading -> try_read ok={} try_write ok={}",
            lock.try_read().is_ok(),
            lock.try_write().is_ok()
        );
    }
    {
        let mut w = lock.write().await;
        *w += 1;
        println!(
            "rwlock_try_states: writing -> try_read ok={} try_write ok={}",
            lock.try_read().is_ok(),
            lock.try_write().is_ok()
        );
    }
    println!("rwlock_try_states: value {}", lock.into_inner());
}

async fn queued_writer_blocks_readers() {
    let lock = RwLock::new(0);
    let r = lock.read().await;
    let mut w = Box::pin(lock.write());
    assert!(poll_once(&mut w).await.is_none());
    let reader_refused = lock.try_read().is_err();
    drop(r);
    let mut g = poll_once(&mut w).await.expect("writer next");
    *g = 9;
    drop(g);
    println!(
        "queued_writer_blocks_readers: reader refused={} value={}",
        reader_refused,
        *lock.read().await
    );
}

async fn abort_releases_guard() {
    let m = Arc::new(Mutex::new(0));
    let m2 = m.clone();
    let t = tokio::spawn(async move {
        let _g = m2.lock().await;
        sleep(Duration::from_secs(3600)).await;
    });
    sleep(Duration::from_millis(1)).await;
    let held = m.try_lock().is_err();
    t.abort();
    let cancelled = t.await.unwrap_err().is_cancelled();
    println!(
        "abort_releases_guard: held={} cancelled={} free={}",
        held,
        cancelled,
        m.try_lock().is_ok()
    );
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    mutex_held_across_await().await;
    mutex_into_inner().await;
    rwlock_max_readers().await;
    rwlock_try_states().await;
    queued_writer_blocks_readers().await;
    abort_releases_guard().await;
}
