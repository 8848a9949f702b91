// tokio docs style: Handle::current() handed to std threads, which spawn onto and block_on the runtime
use std::thread;
use tokio::runtime::Handle;
use tokio::sync::mpsc;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let handle = Handle::current();
    let (tx, mut rx) = mpsc::unbounded_channel::<(usize, u64)>();

    let mut threads = Vec::new();
    for t in 0..3usize {
        let handle = handle.clone();
        let tx = tx.clone();
        threads.push(thread::spawn(move || {
            let jh = handle.spawn(async move {
                let mut acc = 0u64;
                for i in 0..=(t as u64 * 10) {
                    acc += i;
                    tokio::task::yield_now().await;
                }
                acc
            });
            let sum = handle.block_on(jh).unwrap();
            tx.send((t, sum)).unwrap();
            let doubled = handle.block_on(async { sum * 2 });
            doubled
        }));
    }
    drop(tx);

    let mut got = Vec::new();
    while let Some(pair) = rx.recv().await {
        got.push(pair);
    }
    got.sort();
    println!("from threads {:?}", got);

    let doubled: Vec<u64> = tokio::task::spawn_blocking(move || {
        threads.into_iter().map(|t| t.join().unwrap()).collect()
    })
    .await
    .unwrap();
    println!("doubled {:?}", doubled);

    let inner = tokio::task::spawn_blocking(|| {
        let h = Handle::current();
        h.block_on(async { tokio::spawn(async { "spawned from blocking" }).await.unwrap() })
    })
    .await
    .unwrap();
    println!("{}", inner);
    println!("try_current outside runtime: {}", thread::spawn(|| Handle::try_current().is_err()).join().unwrap());
}
