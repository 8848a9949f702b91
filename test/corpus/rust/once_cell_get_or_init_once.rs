// tokio OnceCell: get_or_init raced by tasks runs one initializer, get_or_try_init leaves the cell empty after an Err, set on a full cell gives SetError back (Display, Debug), const_new in a static, new_with, into_inner, take
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use tokio::sync::OnceCell;

static GREETING: OnceCell<String> = OnceCell::const_new();
static RUNS: AtomicU32 = AtomicU32::new(0);

async fn greeting() -> &'static String {
    GREETING
        .get_or_init(|| async {
            RUNS.fetch_add(1, Ordering::SeqCst);
            tokio::task::yield_now().await;
            String::from("hello")
        })
        .await
}

async fn parse_port(text: &str) -> Result<u16, String> {
    text.parse::<u16>().map_err(|e| format!("{}: {}", text, e))
}

#[tokio::main]
async fn main() {
    let mut handles = Vec::new();
    for i in 0..4 {
        handles.push(tokio::spawn(async move { format!("{} {}", greeting().await, i) }));
    }
    for h in handles {
        println!("{}", h.await.unwrap());
    }
    println!("initializer runs: {}", RUNS.load(Ordering::SeqCst));

    let port: Arc<OnceCell<u16>> = Arc::new(OnceCell::new());
    println!("initialized: {}, get: {:?}", port.initialized(), port.get());
    for text in ["eighty", "8080", "9090"] {
        match port.get_or_try_init(|| parse_port(text)).await {
            Ok(p) => println!("port {}", p),
            Err(e) => println!("error {}", e),
        }
    }
    match port.set(443) {
        Ok(()) => println!("set"),
        Err(e) => println!("set refused: {} / {:?} / already={}", e, e, e.is_already_init_err()),
    }

    let mut cell = OnceCell::new_with(Some(7u32));
    println!("new_with: {:?}", cell.get());
    println!("take: {:?}, then {:?}", cell.take(), cell.get());
    let fresh: OnceCell<Vec<u8>> = OnceCell::new();
    println!("set on empty: {:?}", fresh.set(vec![1, 2]).is_ok());
    println!("into_inner: {:?}", fresh.into_inner());
}
