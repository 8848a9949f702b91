// everyday tokio style: a TTL cache in Arc<RwLock<HashMap>> with paused time deciding expiry
use std::collections::HashMap;
use std::sync::Arc;
use tokio::sync::RwLock;
use tokio::time::{sleep, Duration, Instant};

#[derive(Clone)]
struct Cache {
    inner: Arc<RwLock<HashMap<String, (u32, Instant)>>>,
    ttl: Duration,
}

impl Cache {
    fn new(ttl: Duration) -> Self {
        Cache { inner: Arc::new(RwLock::new(HashMap::new())), ttl }
    }

    async fn put(&self, k: &str, v: u32) {
        self.inner.write().await.insert(k.to_string(), (v, Instant::now() + self.ttl));
    }

    async fn get(&self, k: &str) -> Option<u32> {
        let map = self.inner.read().await;
        match map.get(k) {
            Some((v, expires)) if Instant::now() < *expires => Some(*v),
            _ => None,
        }
    }

    async fn purge(&self) -> usize {
        let mut map = self.inner.write().await;
        let before = map.len();
        let now = Instant::now();
        map.retain(|_, (_, exp)| *exp > now);
        before - map.len()
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let cache = Cache::new(Duration::from_secs(10));
    cache.put("a", 1).await;
    sleep(Duration::from_secs(4)).await;
    cache.put("b", 2).await;

    let c2 = cache.clone();
    let checker = tokio::spawn(async move {
        let mut seen = Vec::new();
        for _ in 0..4 {
            sleep(Duration::from_secs(3)).await;
            seen.push((c2.get("a").await, c2.get("b").await));
        }
        seen
    });

    for (i, (a, b)) in checker.await.unwrap().into_iter().enumerate() {
        println!("t=+{}s a={:?} b={:?}", 4 + 3 * (i + 1), a, b);
    }
    println!("purged {}", cache.purge().await);
    println!("remaining {}", cache.inner.read().await.len());
}
