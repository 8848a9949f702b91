// a task aborted before its first poll drops what its `async move` block took, a `Drop` guard moved on inside the body included (its `drop` prints), and a task aborted while sleeping drops its locals
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::sleep;

struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("dropping {}", self.name);
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    let guard = Noisy { name: String::from("moved-on guard") };
    let task = tokio::spawn(async move {
        let held = guard;
        tx.send(1).await.unwrap();
        println!("body ran with {}", held.name);
    });
    task.abort();
    let err = task.await.unwrap_err();
    println!("cancelled: {}", err.is_cancelled());
    println!("channel closed: {:?}", rx.recv().await);

    let kept = Noisy { name: String::from("kept guard") };
    let sleeper = tokio::spawn(async move {
        let _local = Noisy { name: String::from("local of sleeper") };
        sleep(Duration::from_secs(60)).await;
        println!("woke with {}", kept.name);
    });
    sleep(Duration::from_millis(10)).await;
    sleeper.abort();
    println!("sleeper cancelled: {}", sleeper.await.unwrap_err().is_cancelled());
    println!("end of main");
}
