// guards released where Rust releases them: `shards[i].lock()` guards bound in a loop body in tasks and threads (each released at the iteration's end), and a guard taken inside the argument of `Arc::new(Mutex::new(vec![..]))` locked once and released after the statement
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::thread;

fn shard_of(key: &str, shards: usize) -> usize {
    key.bytes().map(|b| b as usize).sum::<usize>() % shards
}

#[tokio::main]
async fn main() {
    let shards: Arc<Vec<Mutex<HashMap<String, u32>>>> = Arc::new((0..3).map(|_| Mutex::new(HashMap::new())).collect());
    let mut tasks = Vec::new();
    for t in 0..4u32 {
        let shards = Arc::clone(&shards);
        tasks.push(tokio::spawn(async move {
            for k in 0..5u32 {
                let key = format!("k{}-{}", t, k);
                let i = shard_of(&key, shards.len());
                let mut map = shards[i].lock().unwrap();
                map.insert(key, t * 10 + k);
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    let threads: Vec<_> = (0..2)
        .map(|t| {
            let shards = Arc::clone(&shards);
            thread::spawn(move || {
                for i in 0..shards.len() {
                    let mut map = shards[i].lock().unwrap();
                    map.insert(format!("thread{}", t), i as u32);
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    for (i, shard) in shards.iter().enumerate() {
        println!("shard {} holds {} keys", i, shard.lock().unwrap().len());
    }

    let sizes = Arc::new(Mutex::new(vec![shards[0].lock().unwrap().len()]));
    sizes.lock().unwrap().push(shards[1].lock().unwrap().len());
    println!("sizes {:?}, shard 0 free: {}", sizes.lock().unwrap(), shards[0].try_lock().is_ok());
}
