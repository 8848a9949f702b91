// everyday tokio style: async main returns std::process::ExitCode; checker tasks report over mpsc and main maps two failures to ExitCode::from(5 + 2) = 7
use std::process::ExitCode;
use tokio::sync::mpsc;

#[tokio::main]
async fn main() -> ExitCode {
    let hosts = ["alpha:80", "beta:8080", "gamma", "delta:99999", "eps:443"];
    let (tx, mut rx) = mpsc::channel(hosts.len());
    for (i, h) in hosts.iter().enumerate() {
        let tx = tx.clone();
        let h = h.to_string();
        tokio::spawn(async move {
            let verdict = match h.split_once(':') {
                None => Err("missing port".to_string()),
                Some((_, p)) => p
                    .parse::<u16>()
                    .map(|_| ())
                    .map_err(|e| format!("bad port: {e}")),
            };
            tx.send((i, h, verdict)).await.unwrap();
        });
    }
    drop(tx);
    let mut results = Vec::new();
    while let Some(r) = rx.recv().await {
        results.push(r);
    }
    results.sort_by_key(|r| r.0);
    let mut failures = 0u8;
    for (_, host, verdict) in &results {
        match verdict {
            Ok(()) => println!("ok    {host}"),
            Err(e) => {
                failures += 1;
                println!("FAIL  {host}: {e}");
            }
        }
    }
    if failures == 0 {
        ExitCode::SUCCESS
    } else {
        println!("{failures} of {} checks failed", results.len());
        ExitCode::from(5 + failures)
    }
}
