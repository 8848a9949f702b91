// A three-stage pipeline on bounded channels: a fast generator meets backpressure (try_send
// says Full, then it waits with send), a slow middle stage doubles, a last stage formats; the
// generator's log and the results are printed in order at the end.
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::sync::mpsc::error::TrySendError;
use tokio::time::sleep;

async fn generate(out: mpsc::Sender<u32>, count: u32) -> Vec<String> {
    let mut log = Vec::new();
    for n in 1..=count {
        match out.try_send(n) {
            Ok(()) => log.push(format!("{} queued at once", n)),
            Err(TrySendError::Full(value)) => {
                log.push(format!("{} hit a full queue, waiting", value));
                out.send(value).await.expect("middle stage alive");
            }
            Err(TrySendError::Closed(value)) => {
                log.push(format!("{} dropped: pipeline closed", value));
                break;
            }
        }
    }
    log
}

async fn double_slowly(mut input: mpsc::Receiver<u32>, out: mpsc::Sender<u32>) -> usize {
    sleep(Duration::from_millis(100)).await;
    let mut handled = 0;
    while let Some(n) = input.recv().await {
        sleep(Duration::from_millis(60)).await;
        handled += 1;
        if out.send(n * 2).await.is_err() {
            break;
        }
    }
    handled
}

async fn format_all(mut input: mpsc::Receiver<u32>) -> Vec<String> {
    let mut lines = Vec::new();
    while let Some(n) = input.recv().await {
        lines.push(format!("[{:>3}]", n));
    }
    lines
}

#[tokio::main]
async fn main() {
    let (numbers_tx, numbers_rx) = mpsc::channel(2);
    let (doubled_tx, doubled_rx) = mpsc::channel(1);
    let generator = tokio::spawn(generate(numbers_tx, 6));
    let middle = tokio::spawn(double_slowly(numbers_rx, doubled_tx));
    let last = tokio::spawn(format_all(doubled_rx));

    for line in generator.await.unwrap() {
        println!("generator: {}", line);
    }
    println!("middle stage handled {}", middle.await.unwrap());
    let results = last.await.unwrap();
    println!("results: {}", results.join(" "));
}
