// mpsc::channel(0) panics with Tokio's message at the caller's line, as #[track_caller] reports it.
use tokio::sync::mpsc;

fn capacity() -> usize {
    0
}

fn main() {
    let (_tx, _rx) = mpsc::channel::<i32>(1);
    println!("one is fine");
    let _ = mpsc::channel::<i32>(capacity());
}
