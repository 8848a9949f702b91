// rust std docs style: sync_channel(0) is a rendezvous; each send waits for a matching recv
use std::sync::mpsc::{sync_channel, TrySendError};
use std::thread;

fn main() {
    let (tx, rx) = sync_channel::<u32>(0);

    // nobody is receiving yet, so a non-blocking send cannot complete
    match tx.try_send(1) {
        Err(TrySendError::Full(v)) => println!("try_send({}) would block", v),
        other => println!("unexpected: {:?}", other),
    }

    let producer = thread::spawn(move || {
        for v in [2, 3, 5, 7] {
            tx.send(v).unwrap();
        }
    });

    let got: Vec<u32> = rx.iter().collect();
    producer.join().unwrap();
    println!("got {:?}", got);
    println!("product {}", got.iter().product::<u32>());
    println!("recv after close: {:?}", rx.recv());
}
