// a runtime built by hand with Builder::start_paused(true): block_on runs on a paused clock that jumps to each timer
use tokio::runtime::Builder;
use tokio::time::{interval, sleep, Duration, Instant};

fn main() {
    let rt = Builder::new_current_thread()
        .enable_all()
        .start_paused(true)
        .build()
        .unwrap();

    let report = rt.block_on(async {
        let start = Instant::now();
        let worker = tokio::spawn(async move {
            sleep(Duration::from_secs(90)).await;
            start.elapsed()
        });
        let mut ticker = interval(Duration::from_secs(40));
        let mut ticks = Vec::new();
        for _ in 0..3 {
            ticker.tick().await;
            ticks.push(start.elapsed().as_secs());
        }
        let worker_done = worker.await.unwrap();
        format!("ticks at {:?}s, worker done after {:?}", ticks, worker_done)
    });
    println!("{}", report);
}
