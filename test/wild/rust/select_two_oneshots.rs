// tokio tutorial style: select! over two oneshot receivers, the other branch is dropped
use tokio::sync::oneshot;

#[tokio::main]
async fn main() {
    let (tx1, rx1) = oneshot::channel::<&str>();
    let (tx2, rx2) = oneshot::channel::<&str>();

    tokio::spawn(async move {
        let _ = tx1.send("one");
    });
    // tx2 is kept alive but never used before select finishes
    let keep = tx2;

    tokio::select! {
        val = rx1 => {
            println!("rx1 completed first with {:?}", val);
        }
        val = rx2 => {
            println!("rx2 completed first with {:?}", val);
        }
    }
    // rx2 was dropped by select!, so sending now fails
    println!("tx2 closed after select: {}", keep.is_closed());
}
