// tokio tutorial style: shared state, Arc<std::sync::Mutex<HashMap>> handed to many tasks
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

type Db = Arc<Mutex<HashMap<String, Vec<u8>>>>;

async fn handle(db: Db, id: usize) {
    let key = format!("key{}", id % 3);
    let mut map = db.lock().unwrap();
    map.entry(key).or_insert_with(Vec::new).push(id as u8);
}

#[tokio::main]
async fn main() {
    let db: Db = Arc::new(Mutex::new(HashMap::new()));

    let mut handles = Vec::new();
    for id in 0..9 {
        let db = db.clone();
        handles.push(tokio::spawn(async move {
            handle(db, id).await;
        }));
    }
    for h in handles {
        h.await.unwrap();
    }

    let map = db.lock().unwrap();
    let mut keys: Vec<&String> = map.keys().collect();
    keys.sort();
    for k in keys {
        let mut vals = map[k].clone();
        vals.sort();
        println!("{} => {:?}", k, vals);
    }
    println!("strong refs: {}", Arc::strong_count(&db));
}
