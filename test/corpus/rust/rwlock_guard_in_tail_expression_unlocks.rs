// A read guard taken in a function's tail expression (`self.map.read().await.get(k).cloned()`) is a temporary: it unlocks as the function returns, so a later writer gets the lock.
use std::collections::HashMap;
use std::sync::Arc;
use tokio::sync::RwLock;

#[derive(Clone)]
struct Store {
    map: Arc<RwLock<HashMap<String, u32>>>,
}

impl Store {
    async fn get(&self, key: &str) -> Option<u32> {
        self.map.read().await.get(key).cloned()
    }

    async fn put(&self, key: &str, value: u32) {
        self.map.write().await.insert(key.to_string(), value);
    }
}

#[tokio::main]
async fn main() {
    let store = Store { map: Arc::new(RwLock::new(HashMap::new())) };
    store.put("a", 1).await;
    println!("a = {:?}", store.get("a").await);
    println!("b = {:?}", store.get("b").await);
    let other = store.clone();
    let writer = tokio::spawn(async move {
        other.put("b", 2).await;
    });
    writer.await.unwrap();
    println!("b = {:?}", store.get("b").await);
    println!("try_write free: {}", store.map.try_write().is_ok());
}
