// everyday tokio style: a worker expects a permit from a semaphore that was closed (panics, exit 101)
use std::sync::Arc;
use tokio::sync::Semaphore;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let sem = Arc::new(Semaphore::new(0));

    let waiter = {
        let sem = sem.clone();
        tokio::spawn(async move { sem.acquire().await.map(|_| ()).map_err(|e| e.to_string()) })
    };
    tokio::task::yield_now().await;
    sem.close();

    let res = waiter.await.unwrap();
    println!("waiting task saw: {:?}", res);

    let permit = sem.acquire().await.expect("semaphore must stay open");
    println!("got {:?}", permit);
}
