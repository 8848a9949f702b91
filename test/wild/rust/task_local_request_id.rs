// tokio docs style: task_local! request context with scope, nested scopes shadowing, try_with outside a scope, sync_scope, values not inherited by spawned tasks
use std::cell::RefCell;
use std::time::Duration;

tokio::task_local! {
    static REQUEST_ID: u64;
    static TRAIL: RefCell<Vec<String>>;
}

fn log(msg: &str) -> String {
    let id = REQUEST_ID.try_with(|id| format!("req-{:04}", id)).unwrap_or_else(|_| "no-request".to_string());
    let line = format!("[{}] {}", id, msg);
    let _ = TRAIL.try_with(|t| t.borrow_mut().push(msg.to_string()));
    line
}

async fn db_query(table: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(5)).await;
    println!("{}", log(&format!("query {}", table)));
    table.len()
}

async fn handle(path: &'static str) -> usize {
    println!("{}", log(&format!("start {}", path)));
    let n = db_query("users").await + db_query("orders").await;
    let audit = REQUEST_ID.scope(9999, async { log("audit inside nested scope") }).await;
    println!("{}", audit);
    println!("{}", log("done"));
    n
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{}", log("startup"));
    let mut handles = Vec::new();
    for (i, path) in ["/home", "/cart"].into_iter().enumerate() {
        handles.push(tokio::spawn(async move {
            let id = 100 + i as u64;
            TRAIL
                .scope(RefCell::new(Vec::new()), REQUEST_ID.scope(id, async move {
                    tokio::time::sleep(Duration::from_millis(i as u64 * 20)).await;
                    let n = handle(path).await;
                    let trail = TRAIL.with(|t| t.borrow().len());
                    let inner = tokio::spawn(async { REQUEST_ID.try_with(|v| *v).is_ok() }).await.unwrap();
                    (id, n, trail, inner)
                }))
                .await
        }));
    }
    for h in handles {
        let (id, n, trail, inherited) = h.await.unwrap();
        println!("request {} read {} bytes, {} trail entries, spawned child sees id: {}", id, n, trail, inherited);
    }
    let sync_value = REQUEST_ID.sync_scope(5, || log("inside sync_scope"));
    println!("{}", sync_value);
    println!("outside: {:?}", REQUEST_ID.try_with(|v| *v).is_err());
}
