// tokio tutorial style: a pinned sleep polled by &mut across loop iterations as a deadline
use tokio::sync::mpsc;
use tokio::time::{self, Duration, Instant};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    tokio::spawn(async move {
        for i in 1..=10 {
            time::sleep(Duration::from_millis(30)).await;
            if tx.send(i).await.is_err() {
                break;
            }
        }
    });

    let start = Instant::now();
    let deadline = time::sleep(Duration::from_millis(200));
    tokio::pin!(deadline);

    let mut got = Vec::new();
    loop {
        tokio::select! {
            _ = &mut deadline => {
                println!("deadline reached");
                break;
            }
            maybe = rx.recv() => match maybe {
                Some(v) => got.push(v),
                None => break,
            }
        }
    }
    println!("received {:?} in {}ms", got, start.elapsed().as_millis());
}
