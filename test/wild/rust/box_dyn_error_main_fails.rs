// rust book ch.9 style: main returns Result<(), Box<dyn Error>>, a parse failure propagates with ? (exit 1)
use std::error::Error;
use tokio::sync::mpsc;

async fn parse_all(mut rx: mpsc::Receiver<String>) -> Result<Vec<u16>, Box<dyn Error + Send + Sync>> {
    let mut out = Vec::new();
    while let Some(line) = rx.recv().await {
        let n: u16 = line.trim().parse()?;
        println!("parsed {}", n);
        out.push(n);
    }
    Ok(out)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let (tx, rx) = mpsc::channel(4);
    let parser = tokio::spawn(parse_all(rx));
    for s in ["10", " 20 ", "300", "70000", "5"] {
        if tx.send(s.to_string()).await.is_err() {
            break;
        }
    }
    drop(tx);
    let numbers = parser.await?.map_err(|e| e.to_string())?;
    println!("sum {}", numbers.iter().map(|&n| n as u32).sum::<u32>());
    Ok(())
}
