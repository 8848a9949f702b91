// rust std docs style: std::sync::RwLock, readers in threads, one writer updates a config map
use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};
use std::thread;

fn main() {
    let config: Arc<RwLock<BTreeMap<&str, i32>>> = Arc::new(RwLock::new(BTreeMap::new()));
    config.write().unwrap().insert("retries", 3);
    config.write().unwrap().insert("timeout", 30);

    let readers: Vec<_> = (1..=3)
        .map(|mult| {
            let cfg = Arc::clone(&config);
            thread::spawn(move || {
                let c = cfg.read().unwrap();
                c.values().map(|v| v * mult).sum::<i32>()
            })
        })
        .collect();
    let sums: Vec<i32> = readers.into_iter().map(|h| h.join().unwrap()).collect();
    println!("reader sums: {:?}", sums);

    {
        let mut w = config.write().unwrap();
        *w.entry("retries").or_insert(0) += 2;
        w.insert("verbose", 1);
    }
    for (k, v) in config.read().unwrap().iter() {
        println!("{} = {}", k, v);
    }
}
