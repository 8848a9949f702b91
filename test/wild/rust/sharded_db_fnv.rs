// tokio tutorial style (shared state): a sharded Db = Arc<Vec<Mutex<HashMap>>>, keys routed by a hand-written FNV-1a hash with wrapping_mul
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

type ShardedDb = Arc<Vec<Mutex<HashMap<String, Vec<u8>>>>>;

fn new_sharded_db(num_shards: usize) -> ShardedDb {
    let mut db = Vec::with_capacity(num_shards);
    for _ in 0..num_shards {
        db.push(Mutex::new(HashMap::new()));
    }
    Arc::new(db)
}

fn fnv1a(key: &str) -> u64 {
    let mut hash: u64 = 0xcbf29ce484222325;
    for b in key.bytes() {
        hash ^= b as u64;
        hash = hash.wrapping_mul(0x100000001b3);
    }
    hash
}

fn shard_for(db: &ShardedDb, key: &str) -> usize {
    (fnv1a(key) % db.len() as u64) as usize
}

#[tokio::main]
async fn main() {
    let db = new_sharded_db(4);
    for key in ["foo", "bar", "hello", ""] {
        println!("fnv1a({:?}) = {:016x}", key, fnv1a(key));
    }
    let mut handles = Vec::new();
    for t in 0..5 {
        let db = db.clone();
        handles.push(tokio::spawn(async move {
            for k in 0..8 {
                let key = format!("user:{}:{}", t, k);
                let shard = shard_for(&db, &key);
                let mut map = db[shard].lock().unwrap();
                map.insert(key, vec![t as u8, k as u8]);
            }
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    for (i, shard) in db.iter().enumerate() {
        let map = shard.lock().unwrap();
        let mut keys: Vec<&String> = map.keys().collect();
        keys.sort();
        println!("shard {} holds {:>2} keys, first {:?}", i, keys.len(), keys.first());
    }
    let probe = "user:3:5";
    let shard = shard_for(&db, probe);
    let value = db[shard].lock().unwrap().get(probe).cloned();
    println!("{} lives in shard {} with value {:?}", probe, shard, value);
    let total: usize = db.iter().map(|s| s.lock().unwrap().len()).sum();
    println!("total keys: {}", total);
    let missing = db[shard_for(&db, "nobody")].lock().unwrap().get("nobody").map(|v| v.len());
    println!("missing key: {:?}", missing);
}
