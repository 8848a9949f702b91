// tokio tests style (task_join_set): dropping a JoinSet aborts its tasks (their Drop guards report), detach_all lets tasks outlive the set, shutdown aborts and waits, len/is_empty track the set
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::task::JoinSet;
use tokio::time::sleep;

struct Guard {
    name: String,
    log: mpsc::UnboundedSender<String>,
}

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.log.send(format!("dropped {}", self.name));
    }
}

fn spawn_sleeper(
    set: &mut JoinSet<String>,
    name: &str,
    ms: u64,
    log: &mpsc::UnboundedSender<String>,
) {
    let guard = Guard {
        name: name.to_string(),
        log: log.clone(),
    };
    set.spawn(async move {
        sleep(Duration::from_millis(ms)).await;
        let _ = guard
            .log
            .send(format!("{} woke after {}ms", guard.name, ms));
        guard.name.clone()
    });
}

async fn drain(rx: &mut mpsc::UnboundedReceiver<String>) -> Vec<String> {
    let mut out = Vec::new();
    while let Ok(line) = rx.try_recv() {
        out.push(line);
    }
    out
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (log, mut rx) = mpsc::unbounded_channel();

    {
        let mut set = JoinSet::new();
        spawn_sleeper(&mut set, "a1", 10, &log);
        spawn_sleeper(&mut set, "a2", 1000, &log);
        let first = set.join_next().await.unwrap().unwrap();
        println!("first finished: {first}, still in set: {}", set.len());
        // the set goes out of scope here with a2 still sleeping
    }
    sleep(Duration::from_millis(1)).await;
    println!("after dropping the set: {:?}", drain(&mut rx).await);

    let mut set = JoinSet::new();
    spawn_sleeper(&mut set, "b1", 20, &log);
    spawn_sleeper(&mut set, "b2", 40, &log);
    set.detach_all();
    println!("detached, set empty: {}", set.is_empty());
    drop(set);
    sleep(Duration::from_millis(50)).await;
    println!("detached tasks ran on: {:?}", drain(&mut rx).await);

    let mut set = JoinSet::new();
    for (i, ms) in [5u64, 500, 600].into_iter().enumerate() {
        spawn_sleeper(&mut set, &format!("c{i}"), ms, &log);
    }
    sleep(Duration::from_millis(10)).await;
    set.shutdown().await;
    println!(
        "after shutdown: len={} log={:?}",
        set.len(),
        drain(&mut rx).await
    );
    println!(
        "join_next on an empty set: {:?}",
        set.join_next().await.map(|r| r.is_ok())
    );
}
