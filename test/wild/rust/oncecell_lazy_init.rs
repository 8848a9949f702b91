// tokio docs style: tokio::sync::OnceCell get_or_init raced by several tasks runs the initializer once; get_or_try_init retries after an Err; set on a full cell fails
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use tokio::sync::OnceCell;

#[derive(Debug, Clone)]
struct Settings {
    name: String,
    retries: u32,
}

async fn load_settings(calls: Arc<AtomicUsize>) -> Settings {
    calls.fetch_add(1, Ordering::SeqCst);
    tokio::task::yield_now().await;
    Settings { name: "primary".to_string(), retries: 3 }
}

#[tokio::main]
async fn main() {
    let cell: Arc<OnceCell<Settings>> = Arc::new(OnceCell::new());
    let calls = Arc::new(AtomicUsize::new(0));
    println!("initialized before: {}", cell.initialized());

    let mut handles = Vec::new();
    for i in 0..6 {
        let cell = Arc::clone(&cell);
        let calls = Arc::clone(&calls);
        handles.push(tokio::spawn(async move {
            let s = cell.get_or_init(|| load_settings(calls)).await;
            (i, s.name.len() + s.retries as usize)
        }));
    }
    let mut total = 0;
    for h in handles {
        let (i, v) = h.await.unwrap();
        assert_eq!(v, 10, "task {} saw a different value", i);
        total += v;
    }
    println!("total from 6 tasks: {}", total);
    println!("initializer ran {} time(s)", calls.load(Ordering::SeqCst));
    println!("settings: {:?}", cell.get().unwrap());

    let fallible: OnceCell<u64> = OnceCell::new();
    let mut attempt = 0;
    for _ in 0..4 {
        attempt += 1;
        let res: Result<&u64, String> = fallible
            .get_or_try_init(|| async move {
                if attempt < 3 {
                    Err(format!("attempt {} failed", attempt))
                } else {
                    Ok(attempt as u64 * 1_000)
                }
            })
            .await;
        match res {
            Ok(v) => println!("attempt {}: value {}", attempt, v),
            Err(e) => println!("attempt {}: error {:?}", attempt, e),
        }
    }

    match fallible.set(7) {
        Ok(()) => println!("set succeeded unexpectedly"),
        Err(e) => println!("set on full cell: {}", e),
    }
    let empty: OnceCell<&str> = OnceCell::new();
    println!("set on empty cell: {:?}", empty.set("first").is_ok());
    let owned = Arc::try_unwrap(cell).ok().and_then(|c| c.into_inner());
    println!("into_inner: {:?}", owned.map(|s| s.name));
}
