// tokio tutorial style (mini-redis db.rs, no network): a shared Db with SET key value [PX ms], GET, TTL and DEL handled from text commands; a background purge task sleeps until the next expiry (BTreeSet of (Instant, key)), is woken by Notify when an earlier expiry arrives, and stops on shutdown; paused time
use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::Notify;
use tokio::time::{sleep, Instant};

struct Entry {
    value: String,
    expires_at: Option<Instant>,
}

#[derive(Default)]
struct State {
    entries: HashMap<String, Entry>,
    expirations: BTreeSet<(Instant, String)>,
    shutdown: bool,
}

struct Shared {
    state: Mutex<State>,
    background: Notify,
}

#[derive(Clone)]
struct Db {
    shared: Arc<Shared>,
}

impl Db {
    fn new() -> (Db, tokio::task::JoinHandle<usize>) {
        let shared = Arc::new(Shared {
            state: Mutex::new(State::default()),
            background: Notify::new(),
        });
        let handle = tokio::spawn(purge_task(shared.clone()));
        (Db { shared }, handle)
    }

    fn set(&self, key: &str, value: &str, ttl: Option<Duration>) {
        let mut st = self.shared.state.lock().unwrap();
        let expires_at = ttl.map(|d| Instant::now() + d);
        let notify = match expires_at {
            Some(when) => st
                .expirations
                .iter()
                .next()
                .map_or(true, |(next, _)| when < *next),
            None => false,
        };
        if let Some(old) = st.entries.insert(
            key.to_string(),
            Entry {
                value: value.to_string(),
                expires_at,
            },
        ) {
            if let Some(when) = old.expires_at {
                st.expirations.remove(&(when, key.to_string()));
            }
        }
        if let Some(when) = expires_at {
            st.expirations.insert((when, key.to_string()));
        }
        drop(st);
        if notify {
            self.shared.background.notify_one();
        }
    }

    fn get(&self, key: &str) -> Option<String> {
        self.shared
            .state
            .lock()
            .unwrap()
            .entries
            .get(key)
            .map(|e| e.value.clone())
    }

    fn ttl_ms(&self, key: &str) -> Option<Option<u128>> {
        let st = self.shared.state.lock().unwrap();
        st.entries
            .get(key)
            .map(|e| e.expires_at.map(|w| (w - Instant::now()).as_millis()))
    }

    fn del(&self, key: &str) -> bool {
        let mut st = self.shared.state.lock().unwrap();
        match st.entries.remove(key) {
            Some(e) => {
                if let Some(when) = e.expires_at {
                    st.expirations.remove(&(when, key.to_string()));
                }
                true
            }
            None => false,
        }
    }

    fn shutdown(&self) {
        self.shared.state.lock().unwrap().shutdown = true;
        self.shared.background.notify_one();
    }
}

/// Removes expired keys; returns the next deadline, if any.
fn purge(shared: &Shared, purged: &mut usize) -> Option<Instant> {
    let mut st = shared.state.lock().unwrap();
    let now = Instant::now();
    while let Some((when, key)) = st.expirations.iter().next().cloned() {
        if when > now {
            return Some(when);
        }
        st.entries.remove(&key);
        st.expirations.remove(&(when, key));
        *purged += 1;
    }
    None
}

async fn purge_task(shared: Arc<Shared>) -> usize {
    let mut purged = 0;
    while !shared.state.lock().unwrap().shutdown {
        match purge(&shared, &mut purged) {
            Some(when) => tokio::select! {
                _ = tokio::time::sleep_until(when) => {}
                _ = shared.background.notified() => {}
            },
            None => shared.background.notified().await,
        }
    }
    purged
}

fn execute(db: &Db, line: &str) -> String {
    let parts: Vec<&str> = line.split_whitespace().collect();
    match parts.as_slice() {
        ["SET", k, v] => {
            db.set(k, v, None);
            "OK".into()
        }
        ["SET", k, v, "PX", ms] => match ms.parse::<u64>() {
            Ok(ms) => {
                db.set(k, v, Some(Duration::from_millis(ms)));
                "OK".into()
            }
            Err(e) => format!("ERR bad PX: {}", e),
        },
        ["GET", k] => db.get(k).map_or("(nil)".into(), |v| format!("{:?}", v)),
        ["TTL", k] => match db.ttl_ms(k) {
            None => "-2".into(),
            Some(None) => "-1".into(),
            Some(Some(ms)) => ms.to_string(),
        },
        ["DEL", k] => (db.del(k) as u8).to_string(),
        [cmd, ..] => format!("ERR unknown or malformed '{}'", cmd.to_lowercase()),
        [] => "ERR empty".into(),
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (db, purger) = Db::new();
    let script: &[(u64, &str)] = &[
        (0, "SET session abc PX 300"),
        (0, "SET user ada"),
        (0, "SET token t1 PX 1000"),
        (100, "TTL session"),
        (100, "SET flash hi PX 50"),
        (60, "GET flash"),
        (0, "TTL user"),
        (200, "GET session"),
        (0, "TTL session"),
        (0, "SET token t2 PX 100"),
        (150, "GET token"),
        (0, "DEL user"),
        (0, "DEL user"),
        (0, "SET n 1 PX soon"),
        (0, "INCR n"),
        (0, ""),
    ];
    let start = Instant::now();
    for (wait, cmd) in script {
        sleep(Duration::from_millis(*wait)).await;
        println!(
            "[{:>4}ms] {:<24} -> {}",
            start.elapsed().as_millis(),
            cmd,
            execute(&db, cmd)
        );
    }
    db.shutdown();
    println!("purged in background: {}", purger.await.unwrap());
}
