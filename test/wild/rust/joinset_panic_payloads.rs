// tokio tests style: tasks in a JoinSet panic; JoinError::is_panic and into_panic downcast the payload to &str or String
use std::any::Any;
use tokio::task::JoinSet;

fn payload_text(p: Box<dyn Any + Send>) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        format!("str: {}", s)
    } else if let Some(s) = p.downcast_ref::<String>() {
        format!("String: {}", s)
    } else {
        "unknown payload".to_string()
    }
}

async fn job(n: u32) -> u32 {
    tokio::task::yield_now().await;
    match n {
        2 => panic!("static message"),
        4 => panic!("job {} exploded with value {}", n, n * 10),
        6 => std::panic::panic_any(42u8),
        _ => n * n,
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut set = JoinSet::new();
    for n in 1..=7 {
        set.spawn(async move { (n, job(n).await) });
    }
    let mut ok = Vec::new();
    let mut failures = Vec::new();
    while let Some(res) = set.join_next().await {
        match res {
            Ok((n, v)) => ok.push((n, v)),
            Err(e) if e.is_panic() => failures.push(payload_text(e.into_panic())),
            Err(e) => failures.push(format!("cancelled: {}", e.is_cancelled())),
        }
    }
    ok.sort();
    failures.sort();
    println!("ok {:?}", ok);
    for f in &failures {
        println!("failed -> {}", f);
    }
    let h = tokio::spawn(async { panic!("lonely") });
    let err = h.await.unwrap_err();
    println!("is_panic {} is_cancelled {}", err.is_panic(), err.is_cancelled());
    match err.try_into_panic() {
        Ok(p) => println!("recovered {}", payload_text(p)),
        Err(_) => println!("not a panic"),
    }
    println!("main still alive");
}
