// tokio tests style (sync_semaphore.rs, sync_barrier.rs): passing test bodies (permits returned on drop, acquire_many, a Barrier electing one leader per generation), then one whose author expects forget() to hand the permit back: its assert_eq! fails (exit 101)
use std::sync::Arc;
use tokio::sync::{Barrier, Semaphore};

async fn permits_return_on_drop() {
    let sem = Semaphore::new(2);
    {
        let _a = sem.acquire().await.unwrap();
        let _b = sem.try_acquire().unwrap();
        assert_eq!(sem.available_permits(), 0);
        assert!(sem.try_acquire().is_err());
    }
    assert_eq!(sem.available_permits(), 2);
    println!("permits_return_on_drop: ok");
}

async fn acquire_many_then_add() {
    let sem = Arc::new(Semaphore::new(3));
    let big = sem.clone().acquire_many_owned(3).await.unwrap();
    assert_eq!(sem.available_permits(), 0);
    sem.add_permits(2);
    let small = sem.acquire_many(2).await.unwrap();
    drop(big);
    println!(
        "acquire_many_then_add: available {} while 2 held",
        sem.available_permits()
    );
    drop(small);
}

async fn barrier_generations() {
    let barrier = Arc::new(Barrier::new(3));
    let mut leaders = vec![];
    for _round in 0..4 {
        let mut hs = vec![];
        for _ in 0..3 {
            let b = barrier.clone();
            hs.push(tokio::spawn(async move { b.wait().await.is_leader() }));
        }
        let mut n = 0;
        for h in hs {
            if h.await.unwrap() {
                n += 1;
            }
        }
        leaders.push(n);
    }
    println!("barrier_generations: leaders per round {:?}", leaders);
}

async fn forget_is_permanent() {
    let sem = Semaphore::new(2);
    let p = sem.acquire().await.unwrap();
    p.forget();
    println!(
        "forget_is_permanent: available after forget = {}",
        sem.available_permits()
    );
    // Wrong expectation on purpose: a forgotten permit never comes back.
    assert_eq!(
        sem.available_permits(),
        2,
        "forgotten permit should be back"
    );
    println!("not reached");
}

#[tokio::main]
async fn main() {
    permits_return_on_drop().await;
    acquire_many_then_add().await;
    barrier_generations().await;
    forget_is_permanent().await;
}
