// blocking_recv called from async code inside the runtime panics at the call, as Tokio refuses to block a worker thread.
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded_channel::<u8>();
    tx.send(1).unwrap();
    println!("before");
    let v = rx.blocking_recv();
    println!("not reached {:?}", v);
}
