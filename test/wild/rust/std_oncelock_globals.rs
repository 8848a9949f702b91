// rust std docs style: std::sync::Once call_once and OnceLock statics raced by threads; the winner's value is seen by all, set afterwards returns Err
use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Once, OnceLock};
use std::thread;

static INIT: Once = Once::new();
static INIT_COUNT: AtomicU32 = AtomicU32::new(0);
static TABLE: OnceLock<HashMap<&'static str, u32>> = OnceLock::new();
static BUILDS: AtomicU32 = AtomicU32::new(0);

fn setup_logging() {
    INIT.call_once(|| {
        INIT_COUNT.fetch_add(1, Ordering::SeqCst);
    });
}

fn table() -> &'static HashMap<&'static str, u32> {
    TABLE.get_or_init(|| {
        BUILDS.fetch_add(1, Ordering::SeqCst);
        let mut m = HashMap::new();
        for (i, w) in ["alpha", "beta", "gamma", "delta"].iter().enumerate() {
            m.insert(*w, (i as u32 + 1) * 11);
        }
        m
    })
}

fn main() {
    println!("once completed at start: {}", INIT.is_completed());
    let handles: Vec<_> = (0..8)
        .map(|i| {
            thread::spawn(move || {
                setup_logging();
                let key = ["alpha", "beta", "gamma", "delta"][i % 4];
                table()[key]
            })
        })
        .collect();
    let mut got: Vec<u32> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    got.sort_unstable();
    println!("values: {:?}", got);
    println!("once completed: {}, ran {} time(s)", INIT.is_completed(), INIT_COUNT.load(Ordering::SeqCst));
    println!("table built {} time(s)", BUILDS.load(Ordering::SeqCst));

    let mut keys: Vec<_> = table().keys().copied().collect();
    keys.sort();
    println!("keys: {}", keys.join(","));
    match TABLE.set(HashMap::new()) {
        Ok(()) => println!("replaced"),
        Err(rejected) => println!("set rejected, returned map has {} entries", rejected.len()),
    }

    let local: OnceLock<String> = OnceLock::new();
    println!("local get before: {:?}", local.get());
    let v = local.get_or_init(|| "x".repeat(3));
    println!("local value: {}", v);
    let again = local.get_or_init(|| unreachable!());
    println!("same pointer: {}", std::ptr::eq(v, again));
    println!("into_inner: {:?}", local.into_inner());
}
