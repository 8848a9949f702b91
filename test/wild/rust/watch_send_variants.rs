// tokio docs style: watch::Sender send_replace, send_modify, send_if_modified, receiver_count
use tokio::sync::watch;

#[derive(Debug, Default, Clone)]
struct Stats {
    hits: u32,
    misses: u32,
}

#[tokio::main]
async fn main() {
    let (tx, rx) = watch::channel(Stats::default());
    println!("receivers: {}", tx.receiver_count());

    let old = tx.send_replace(Stats { hits: 3, misses: 1 });
    println!("replaced {:?}", old);

    tx.send_modify(|s| s.hits += 1);
    let changed = tx.send_if_modified(|s| {
        if s.misses > 5 {
            s.misses = 0;
            true
        } else {
            false
        }
    });
    println!("reset misses? {}", changed);
    println!("now {:?}", *rx.borrow());

    let rx2 = tx.subscribe();
    println!("receivers: {}", tx.receiver_count());
    drop(rx);
    drop(rx2);
    println!("is_closed: {}", tx.is_closed());
    // send fails with no receivers, but send_replace still stores the value
    println!("send ok? {}", tx.send(Stats { hits: 0, misses: 0 }).is_ok());
    tx.send_replace(Stats { hits: 99, misses: 9 });
    println!("stored: {:?}", *tx.borrow());
}
