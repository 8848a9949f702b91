// everyday tokio style: config lines are parsed in a spawned task and sent back; main calls .unwrap() on a Result that is Err (a u16 port out of range) and panics (exit 101)
use std::collections::BTreeMap;
use tokio::sync::oneshot;

fn parse_config(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect()
}

#[tokio::main]
async fn main() {
    let text = "
        # server settings
        host = example.local
        workers = 8
        port = 70000
        timeout_ms = 1500
    ";
    let (tx, rx) = oneshot::channel();
    tokio::spawn(async move {
        let _ = tx.send(parse_config(text));
    });
    let cfg = rx.await.unwrap();
    for (k, v) in &cfg {
        println!("{k:>10} = {v}");
    }
    let workers: usize = cfg["workers"].parse().unwrap();
    let timeout: u64 = cfg["timeout_ms"].parse().unwrap();
    println!("workers={workers} timeout={timeout}ms");
    let port: u16 = cfg["port"].parse().unwrap();
    println!("listening on {}:{}", cfg["host"], port);
}
