// A plain `fn main` has no Tokio runtime: making a timer there panics at the call with Tokio's message.
use std::time::Duration;
use tokio::sync::mpsc;

fn main() {
    // Channels need no runtime.
    let (tx, mut rx) = mpsc::unbounded_channel();
    tx.send(1).unwrap();
    println!("{:?}", rx.try_recv());
    let _timer = tokio::time::sleep(Duration::from_millis(1));
    println!("not reached");
}
