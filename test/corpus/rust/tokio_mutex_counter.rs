// Arc<tokio::sync::Mutex> shared by spawned tasks that hold the lock across an await; all
// handles are awaited in order; a std Mutex is used from tasks without an await inside.
use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::task::yield_now;

#[derive(Debug, Default)]
struct Stats {
    hits: u32,
    by_task: Vec<(u32, u32)>,
}

#[tokio::main]
async fn main() {
    let stats = Arc::new(Mutex::new(Stats::default()));
    let plain = Arc::new(std::sync::Mutex::new(0u32));
    let mut handles = Vec::new();
    for task in 1..=5u32 {
        let stats = Arc::clone(&stats);
        let plain = plain.clone();
        handles.push(tokio::spawn(async move {
            for _ in 0..task {
                let mut guard = stats.lock().await;
                guard.hits += 1;
                yield_now().await;
                guard.hits += 1;
            }
            {
                let mut n = plain.lock().unwrap();
                *n += task;
            }
            stats.lock().await.by_task.push((task, task * 2));
            task * task
        }));
    }
    let mut squares = Vec::new();
    for h in handles {
        squares.push(h.await.unwrap());
    }
    println!("squares {:?}", squares);

    let mut guard = stats.lock().await;
    guard.by_task.sort();
    println!("hits {} (always even)", guard.hits);
    println!("{:?}", guard.by_task);
    drop(guard);
    println!("plain total {}", *plain.lock().unwrap());
    println!("try_lock while free: {}", stats.try_lock().is_ok());
    let held = stats.lock().await;
    println!("try_lock while held: {}", stats.try_lock().is_err());
    drop(held);
    println!("tasks left holding the Arc: {}", Arc::strong_count(&stats) - 1);
}
