// tokio docs style (Mutex) + StackOverflow: two tasks lock two tokio Mutexes in opposite orders and deadlock; main notices with time::timeout and calls std::process::exit(2)
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Barrier, Mutex};
use tokio::time::timeout;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let accounts = Arc::new(Mutex::new(100i64));
    let savings = Arc::new(Mutex::new(500i64));

    // First a transfer that takes the locks in the agreed order.
    {
        let mut a = accounts.lock().await;
        let mut s = savings.lock().await;
        *a += 50;
        *s -= 50;
        println!("ordered transfer: accounts={} savings={}", *a, *s);
    }

    let both_locked_one = Arc::new(Barrier::new(2));
    let t1 = {
        let (a, s, b) = (accounts.clone(), savings.clone(), both_locked_one.clone());
        tokio::spawn(async move {
            let mut a = a.lock().await;
            b.wait().await;
            let mut s = s.lock().await;
            *a -= 10;
            *s += 10;
        })
    };
    let t2 = {
        let (a, s, b) = (accounts.clone(), savings.clone(), both_locked_one.clone());
        tokio::spawn(async move {
            let mut s = s.lock().await;
            b.wait().await;
            let mut a = a.lock().await;
            *s -= 20;
            *a += 20;
        })
    };

    match timeout(Duration::from_secs(5), async {
        t1.await.unwrap();
        t2.await.unwrap();
    })
    .await
    {
        Ok(()) => println!("both transfers finished"),
        Err(_) => {
            println!(
                "transfers still waiting after 5s: accounts locked={} savings locked={}",
                accounts.try_lock().is_err(),
                savings.try_lock().is_err()
            );
            println!("deadlock suspected, exiting");
            std::process::exit(2);
        }
    }
}
