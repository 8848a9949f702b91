// rust std docs style: std mpsc recv_timeout and try_recv error variants
use std::sync::mpsc::{self, RecvTimeoutError, TryRecvError};
use std::thread;
use std::time::Duration;

fn main() {
    let (tx, rx) = mpsc::channel::<&str>();

    match rx.recv_timeout(Duration::from_millis(20)) {
        Err(RecvTimeoutError::Timeout) => println!("nothing within 20ms"),
        other => println!("unexpected {:?}", other),
    }
    println!("try_recv: {:?}", rx.try_recv());

    let h = thread::spawn(move || {
        tx.send("late hello").unwrap();
        // tx dropped when the thread ends
    });
    println!("got: {:?}", rx.recv_timeout(Duration::from_secs(1)));
    h.join().unwrap();

    assert_eq!(rx.try_recv(), Err(TryRecvError::Disconnected));
    match rx.recv_timeout(Duration::from_millis(20)) {
        Err(RecvTimeoutError::Disconnected) => println!("disconnected"),
        other => println!("unexpected {:?}", other),
    }
}
