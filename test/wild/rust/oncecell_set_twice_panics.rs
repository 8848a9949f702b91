// everyday tokio style: two startup tasks both try to set a shared OnceCell<Config>; the second .set(..).unwrap() panics (exit 101)
use std::sync::Arc;
use tokio::sync::{oneshot, OnceCell};

#[derive(Debug)]
struct Config {
    port: u16,
    host: String,
}

async fn from_env(cell: Arc<OnceCell<Config>>) {
    println!("env loader: setting config");
    cell.set(Config { port: 8080, host: "env.local".into() }).unwrap();
}

async fn from_file(cell: Arc<OnceCell<Config>>) {
    println!("file loader: setting config");
    cell.set(Config { port: 9090, host: "file.local".into() }).unwrap();
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cell = Arc::new(OnceCell::new());
    let (done_tx, done_rx) = oneshot::channel::<()>();
    let c1 = cell.clone();
    tokio::spawn(async move {
        from_env(c1).await;
        let _ = done_tx.send(());
    });
    done_rx.await.unwrap();
    let cfg = cell.get().expect("config present");
    println!("config: {}:{}", cfg.host, cfg.port);
    from_file(cell.clone()).await;
    println!("unreachable: {:?}", cell.get());
}
