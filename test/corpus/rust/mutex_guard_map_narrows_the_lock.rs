// MutexGuard::map narrows a guard to one part of the locked value; the lock stays held until
// the mapped guard is dropped, and MappedMutexGuard::map narrows it further.
use std::sync::Arc;
use tokio::sync::{MappedMutexGuard, Mutex, MutexGuard};

#[derive(Debug, Default)]
struct Stats {
    hits: u64,
    misses: u64,
}

#[derive(Debug, Default)]
struct Cache {
    name: String,
    entries: Vec<String>,
    stats: Stats,
}

/// Hands out access to the statistics only, not to the whole cache.
async fn stats(cache: &Mutex<Cache>) -> MappedMutexGuard<'_, Stats> {
    MutexGuard::map(cache.lock().await, |c| &mut c.stats)
}

#[tokio::main]
async fn main() {
    let cache = Arc::new(Mutex::new(Cache {
        name: "users".to_string(),
        ..Default::default()
    }));

    {
        let mut hits = MutexGuard::map(cache.lock().await, |c| &mut c.stats.hits);
        *hits += 1;
        *hits += 1;
        println!("hits through the mapped guard: {}", *hits);
        // The whole mutex is still locked while the mapped guard lives.
        assert!(cache.try_lock().is_err());
    }
    assert!(cache.try_lock().is_ok());

    {
        let mut s = stats(&cache).await;
        s.misses += 3;
        println!("stats: {:?}", *s);
        let mut misses = MappedMutexGuard::map(s, |s| &mut s.misses);
        *misses = *misses * 10;
        println!("misses: {}", *misses);
    }

    let workers: Vec<_> = (0..4)
        .map(|i| {
            let cache = cache.clone();
            tokio::spawn(async move {
                let mut entries = MutexGuard::map(cache.lock().await, |c| &mut c.entries);
                entries.push(format!("entry {}", i));
            })
        })
        .collect();
    for worker in workers {
        worker.await.unwrap();
    }

    let mut name = MutexGuard::map(cache.lock().await, |c| &mut c.name);
    name.push_str("-cache");
    drop(name);

    let cache = cache.lock().await;
    let mut entries = cache.entries.clone();
    entries.sort();
    println!("{} has {} entries: {:?}", cache.name, entries.len(), entries);
    println!("hits {} misses {}", cache.stats.hits, cache.stats.misses);
}
