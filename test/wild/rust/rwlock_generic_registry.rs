// tokio docs style: a generic Registry<K, V> over Arc<tokio::sync::RwLock<BTreeMap>> with where-clauses, readers and writers as tasks
use std::collections::BTreeMap;
use std::fmt::Debug;
use std::sync::Arc;
use tokio::sync::RwLock;

#[derive(Clone)]
struct Registry<K, V> {
    inner: Arc<RwLock<BTreeMap<K, V>>>,
}

impl<K, V> Registry<K, V>
where
    K: Ord + Clone + Debug + Send + Sync + 'static,
    V: Clone + Debug + Send + Sync + 'static,
{
    fn new() -> Self {
        Registry { inner: Arc::new(RwLock::new(BTreeMap::new())) }
    }

    async fn upsert<F>(&self, key: K, default: V, update: F) -> V
    where
        F: FnOnce(&mut V),
    {
        let mut map = self.inner.write().await;
        let v = map.entry(key).or_insert(default);
        update(v);
        v.clone()
    }

    async fn get(&self, key: &K) -> Option<V> {
        self.inner.read().await.get(key).cloned()
    }

    async fn snapshot(&self) -> Vec<(K, V)> {
        let map = self.inner.read().await;
        map.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
struct Service {
    instances: Vec<u16>,
    healthy: bool,
}

#[tokio::main]
async fn main() {
    let reg: Registry<String, Service> = Registry::new();
    let mut writers = Vec::new();
    for (name, port) in [("api", 8000u16), ("db", 5432), ("api", 8001), ("cache", 6379), ("api", 8002), ("db", 5433)] {
        let reg = reg.clone();
        writers.push(tokio::spawn(async move {
            reg.upsert(name.to_string(), Service::default(), |s| {
                s.instances.push(port);
                s.instances.sort_unstable();
                s.healthy = true;
            })
            .await
        }));
    }
    for w in writers {
        w.await.unwrap();
    }
    let readers: Vec<_> = ["api", "db", "queue"]
        .into_iter()
        .map(|n| {
            let reg = reg.clone();
            tokio::spawn(async move { (n, reg.get(&n.to_string()).await.map(|s| s.instances.len())) })
        })
        .collect();
    for r in readers {
        println!("{:?}", r.await.unwrap());
    }
    let after = reg.upsert("db".to_string(), Service::default(), |s| s.healthy = false).await;
    println!("db now {:?}", after);
    for (k, v) in reg.snapshot().await {
        println!("{:<6} {:?} healthy={}", k, v.instances, v.healthy);
    }
    let counts: Registry<u32, u64> = Registry::new();
    for i in 0..10u32 {
        counts.upsert(i % 3, 0, |c| *c += 1u64 << (i * 6)).await;
    }
    println!("{:?}", counts.snapshot().await);
    let guard = reg.inner.read().await;
    println!("try_write while reading: {}", reg.inner.try_write().is_err());
    drop(guard);
    println!("try_write after: {}", reg.inner.try_write().is_ok());
}
