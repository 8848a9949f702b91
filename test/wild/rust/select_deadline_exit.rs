// everyday tokio style: a worker loop gives up when an overall deadline fires, exit code 3
use tokio::sync::mpsc;
use tokio::time::{sleep, Duration, Instant};

#[derive(Debug)]
enum Event {
    Progress(u8),
    Finished,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(4);
    tokio::spawn(async move {
        for pct in (10..=60).step_by(10) {
            sleep(Duration::from_millis(70)).await;
            tx.send(Event::Progress(pct)).await.ok();
        }
        // stalls forever before finishing
        sleep(Duration::from_secs(3600)).await;
        tx.send(Event::Finished).await.ok();
    });

    let start = Instant::now();
    let deadline = sleep(Duration::from_millis(500));
    tokio::pin!(deadline);
    loop {
        tokio::select! {
            ev = rx.recv() => match ev {
                Some(Event::Progress(p)) => println!("progress {}%", p),
                Some(Event::Finished) | None => {
                    println!("finished");
                    return;
                }
            },
            _ = &mut deadline => {
                println!("gave up after {}ms", start.elapsed().as_millis());
                std::process::exit(3);
            }
        }
    }
}
