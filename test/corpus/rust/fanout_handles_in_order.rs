// Fan-out with JoinHandles: tasks spawned from an iterator chain and collected into a Vec finish
// in reverse order (progress over an unbounded mpsc shows it) but are awaited in spawn order,
// zipped with their names; one task returns an Err that main reports.
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio::time::sleep;

async fn checksum(name: &str) -> Result<u32, String> {
    if name.is_empty() {
        return Err("empty name".to_string());
    }
    Ok(name.bytes().map(|b| b as u32).sum::<u32>() % 251)
}

#[tokio::main]
async fn main() {
    let names = vec!["alpha", "beta", "", "delta", "epsilon"];
    let count = names.len();
    let (progress_tx, mut progress_rx) = mpsc::unbounded_channel();
    let handles: Vec<JoinHandle<Result<u32, String>>> = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let name = name.to_string();
            let progress = progress_tx.clone();
            tokio::spawn(async move {
                sleep(Duration::from_millis(60 * (count - i) as u64)).await;
                let result = checksum(&name).await;
                progress.send(i).unwrap();
                result
            })
        })
        .collect();
    drop(progress_tx);

    let mut finished = Vec::new();
    while let Some(i) = progress_rx.recv().await {
        finished.push(i);
    }
    println!("finish order: {:?}", finished);

    let mut total = 0;
    for (name, handle) in names.iter().zip(handles) {
        match handle.await.expect("task did not panic") {
            Ok(sum) => {
                total += sum;
                println!("{:<8} -> {:>3}", name, sum);
            }
            Err(e) => println!("{:<8} -> error: {}", format!("{:?}", name), e),
        }
    }
    println!("total of checksums: {}", total);
}
