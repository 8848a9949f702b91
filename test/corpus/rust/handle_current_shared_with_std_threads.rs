// `Handle::current()` taken inside the runtime lets std threads spawn onto it and `block_on` futures; a thread the runtime never entered gets Err from `Handle::try_current()`.
use std::thread;
use tokio::runtime::Handle;

#[tokio::main]
async fn main() {
    let handle = Handle::current();
    let mut threads: Vec<thread::JoinHandle<(u64, u64, u64)>> = Vec::new();
    for id in 1..=3u64 {
        let handle = handle.clone();
        threads.push(thread::spawn(move || {
            let task = handle.spawn(async move { id * id });
            let square = handle.block_on(task).unwrap();
            let plus_one = handle.block_on(async move { square + 1 });
            (id, square, plus_one)
        }));
    }
    let results: Vec<(u64, u64, u64)> = tokio::task::spawn_blocking(move || {
        threads.into_iter().map(|t| t.join().unwrap()).collect()
    })
    .await
    .unwrap();
    println!("{:?}", results);

    let from_pool = tokio::task::spawn_blocking(|| {
        let h = Handle::current();
        h.block_on(async { tokio::spawn(async { "spawned inside block_on" }).await.unwrap() })
    })
    .await
    .unwrap();
    println!("{}", from_pool);
    let outside = thread::spawn(|| Handle::try_current().is_err()).join().unwrap();
    println!("plain thread has no runtime: {}", outside);
    println!("main has one: {}", Handle::try_current().is_ok());
}
