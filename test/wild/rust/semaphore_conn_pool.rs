// tokio docs style: a connection pool, Semaphore::acquire_owned + Mutex<Vec<Conn>>, connections returned by impl Drop, add_permits, close
use std::sync::{Arc, Mutex};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::{sleep, Duration};

#[derive(Debug)]
struct Conn {
    id: usize,
    uses: u32,
}

struct Pool {
    idle: Mutex<Vec<Conn>>,
    sem: Arc<Semaphore>,
}

struct PooledConn {
    conn: Option<Conn>,
    pool: Arc<Pool>,
    _permit: OwnedSemaphorePermit,
}

impl Drop for PooledConn {
    fn drop(&mut self) {
        if let Some(c) = self.conn.take() {
            self.pool.idle.lock().unwrap().push(c);
        }
    }
}

impl Pool {
    fn new(n: usize) -> Arc<Pool> {
        let idle = (0..n).map(|id| Conn { id, uses: 0 }).rev().collect();
        Arc::new(Pool { idle: Mutex::new(idle), sem: Arc::new(Semaphore::new(n)) })
    }

    async fn get(self: &Arc<Self>) -> Option<PooledConn> {
        let permit = self.sem.clone().acquire_owned().await.ok()?;
        let mut conn = self.idle.lock().unwrap().pop().expect("permit without conn");
        conn.uses += 1;
        Some(PooledConn { conn: Some(conn), pool: self.clone(), _permit: permit })
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let pool = Pool::new(2);
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let start = tokio::time::Instant::now();
    let mut handles = Vec::new();
    for job in 0..6u64 {
        let pool = pool.clone();
        let tx = tx.clone();
        handles.push(tokio::spawn(async move {
            let c = pool.get().await.unwrap();
            let id = c.conn.as_ref().unwrap().id;
            tx.send(format!("job {} uses conn {} at {:?}", job, id, start.elapsed())).unwrap();
            sleep(Duration::from_millis(100 + job * 10)).await;
        }));
    }
    drop(tx);
    for h in handles {
        h.await.unwrap();
    }
    let mut lines = Vec::new();
    while let Some(l) = rx.recv().await {
        lines.push(l);
    }
    println!("{} jobs ran", lines.len());
    for l in &lines {
        println!("  {}", l);
    }
    let mut idle: Vec<(usize, u32)> = pool.idle.lock().unwrap().iter().map(|c| (c.id, c.uses)).collect();
    idle.sort();
    println!("idle conns (id, uses): {:?}", idle);
    println!("available permits {}", pool.sem.available_permits());

    pool.idle.lock().unwrap().push(Conn { id: 2, uses: 0 });
    pool.sem.add_permits(1);
    println!("after add_permits {}", pool.sem.available_permits());
    let a = pool.get().await.unwrap();
    let b = pool.get().await.unwrap();
    let c = pool.get().await.unwrap();
    println!("held {:?} {:?} {:?}", a.conn.as_ref().unwrap().id, b.conn.as_ref().unwrap().id, c.conn.as_ref().unwrap().id);
    drop(b);
    pool.sem.close();
    println!("get after close: {}", pool.get().await.is_none());
    drop(a);
    drop(c);
    println!("idle after close {}", pool.idle.lock().unwrap().len());
}
