// join! polls its futures one step each, every poll starting one further along the list (1 2 3, then 2 3 1, then 3 1 2).
use std::sync::{Arc, Mutex};

async fn worker(id: u32, log: Arc<Mutex<Vec<u32>>>) -> u32 {
    for _ in 0..3 {
        log.lock().unwrap().push(id);
        tokio::task::yield_now().await;
    }
    id * 10
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let (a, b, c) = tokio::join!(worker(1, log.clone()), worker(2, log.clone()), worker(3, log.clone()));
    println!("{:?}", log.lock().unwrap());
    println!("{} {} {}", a, b, c);
}
