// tokio docs style: Sleep::reset pushes an idle timeout back each time activity arrives
use tokio::sync::mpsc;
use tokio::time::{self, Duration, Instant};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<&'static str>(8);
    tokio::spawn(async move {
        for (gap, msg) in [(40, "ping"), (80, "ping"), (90, "data"), (150, "late")] {
            time::sleep(Duration::from_millis(gap)).await;
            if tx.send(msg).await.is_err() {
                return;
            }
        }
    });

    let start = Instant::now();
    let idle = Duration::from_millis(100);
    let timer = time::sleep(idle);
    tokio::pin!(timer);

    loop {
        tokio::select! {
            Some(msg) = rx.recv() => {
                println!("{:>4}ms got {}", start.elapsed().as_millis(), msg);
                timer.as_mut().reset(Instant::now() + idle);
            }
            () = &mut timer => {
                println!("{:>4}ms idle timeout", start.elapsed().as_millis());
                break;
            }
        }
    }
    println!("deadline was {}ms", (timer.deadline() - start).as_millis());
}
