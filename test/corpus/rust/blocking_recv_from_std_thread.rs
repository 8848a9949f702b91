// blocking_recv and blocking_send from std threads exchange values with async tasks.
use std::thread;
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (to_thread, mut thread_rx) = mpsc::channel::<u32>(1);
    let (from_thread, mut main_rx) = mpsc::channel::<u32>(1);
    let worker = thread::spawn(move || {
        let mut total = 0;
        while let Some(n) = thread_rx.blocking_recv() {
            total += n;
            from_thread.blocking_send(total).unwrap();
        }
        total
    });
    for n in 1..=3 {
        to_thread.send(n).await.unwrap();
        println!("running total {}", main_rx.recv().await.unwrap());
    }
    drop(to_thread);
    println!("thread returned {}", worker.join().unwrap());
}
