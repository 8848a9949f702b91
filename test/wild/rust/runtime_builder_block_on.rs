// tokio docs style: build a runtime by hand with runtime::Builder and block_on from a sync main
use tokio::runtime::Builder;
use tokio::sync::mpsc;

fn main() {
    let rt = Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");

    let total = rt.block_on(async {
        let (tx, mut rx) = mpsc::channel::<u64>(8);
        for part in 0..4u64 {
            let tx = tx.clone();
            tokio::spawn(async move {
                let s: u64 = (part * 25 + 1..=(part + 1) * 25).sum();
                tx.send(s).await.unwrap();
            });
        }
        drop(tx);
        let mut total = 0;
        while let Some(s) = rx.recv().await {
            total += s;
        }
        total
    });
    println!("sum 1..=100 = {}", total);

    let handle = rt.spawn(async { "spawned onto the runtime from outside" });
    println!("{}", rt.block_on(handle).unwrap());

    let small = Builder::new_current_thread().enable_time().build().unwrap();
    small.block_on(async {
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        println!("current-thread runtime slept");
    });
}
