// tokio tests style (macros_join.rs, macros_try_join.rs) under paused time: join! runs branches concurrently (time is the max, not the sum) and returns in branch order whatever order they finish, branches borrowing one Cell, join! over spawned handles, try_join! Ok tuple, first Err short-circuits and drops the unfinished branch
use std::cell::{Cell, RefCell};
use std::time::Duration;
use tokio::time::{sleep, Instant};

async fn step(log: &RefCell<Vec<String>>, name: &str, ms: u64) -> String {
    sleep(Duration::from_millis(ms)).await;
    log.borrow_mut().push(name.to_string());
    format!("{}:{}", name, ms)
}

async fn join_concurrent() {
    let start = Instant::now();
    let log = RefCell::new(vec![]);
    let (a, b, c) = tokio::join!(
        step(&log, "a", 30),
        step(&log, "b", 10),
        step(&log, "c", 20)
    );
    println!(
        "join_concurrent: results ({}, {}, {}), finish order {:?}, took {}ms",
        a,
        b,
        c,
        log.borrow(),
        start.elapsed().as_millis()
    );
}

async fn join_mixed_types() {
    let (n, s, v, unit) = tokio::join!(
        async { 7u8 },
        async { "text" },
        async { vec![1.5f64, 2.5] },
        async {}
    );
    println!("join_mixed_types: {} {} {:?} {:?}", n, s, v, unit);
}

async fn join_shared_cell() {
    let counter = Cell::new(0);
    let bump = |times: u32, ms: u64| {
        let counter = &counter;
        async move {
            for _ in 0..times {
                sleep(Duration::from_millis(ms)).await;
                counter.set(counter.get() + 1);
            }
            counter.get()
        }
    };
    let (x, y) = tokio::join!(bump(3, 10), bump(2, 25));
    println!(
        "join_shared_cell: first saw {} at its end, second saw {}, total {}",
        x,
        y,
        counter.get()
    );
}

async fn join_handles() {
    let h1 = tokio::spawn(async {
        sleep(Duration::from_millis(5)).await;
        1
    });
    let h2 = tokio::spawn(async { panic!("task two fails") });
    let (r1, r2) = tokio::join!(h1, h2);
    println!(
        "join_handles: {:?} and panic={}",
        r1.unwrap(),
        r2.unwrap_err().is_panic()
    );
}

async fn check(
    name: &'static str,
    ms: u64,
    ok: bool,
    done: &Cell<u32>,
) -> Result<&'static str, String> {
    sleep(Duration::from_millis(ms)).await;
    done.set(done.get() + 1);
    if ok {
        Ok(name)
    } else {
        Err(format!("{} failed after {}ms", name, ms))
    }
}

async fn try_join_ok() {
    let done = Cell::new(0);
    let r = tokio::try_join!(check("db", 20, true, &done), check("cache", 5, true, &done));
    println!("try_join_ok: {:?} finished={}", r, done.get());
}

async fn try_join_short_circuit() {
    let start = Instant::now();
    let done = Cell::new(0);
    let r = tokio::try_join!(
        check("slow", 100, true, &done),
        check("broken", 15, false, &done),
        check("quick", 5, true, &done)
    );
    println!(
        "try_join_short_circuit: {:?} after {}ms, finished={}",
        r,
        start.elapsed().as_millis(),
        done.get()
    );
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    join_concurrent().await;
    join_mixed_types().await;
    join_shared_cell().await;
    join_handles().await;
    try_join_ok().await;
    try_join_short_circuit().await;
}
