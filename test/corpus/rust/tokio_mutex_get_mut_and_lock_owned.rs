// tokio Mutex: get_mut and into_inner without locking, try_lock while held, lock_owned on an Arc<Mutex> from a task.
use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main]
async fn main() {
    let mut counter = Mutex::new(1);
    *counter.get_mut() += 10;
    println!("into_inner: {}", counter.into_inner());

    let shared = Arc::new(Mutex::new(vec![1]));
    let guard = shared.clone().lock_owned().await;
    assert!(shared.try_lock().is_err());
    drop(guard);
    let task = {
        let shared = shared.clone();
        tokio::spawn(async move {
            let mut owned = shared.lock_owned().await;
            owned.push(2);
        })
    };
    task.await.unwrap();
    println!("{:?}", *shared.lock().await);
    assert!(shared.try_lock().is_ok());
}
