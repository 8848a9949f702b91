// std::thread with std::sync::mpsc: sync_channel(0) is a rendezvous (each send waits for its
// recv), channel() is unbounded; recv fails once every sender is gone, try_recv and
// recv_timeout say why they got nothing.
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

fn main() {
    let (tx, rx) = mpsc::sync_channel::<u32>(0);
    let producer = thread::spawn(move || {
        let mut sent = 0;
        for i in 1..=5 {
            tx.send(i * i).unwrap();
            sent += 1;
        }
        sent
    });
    let mut got = Vec::new();
    for value in rx.iter() {
        got.push(value);
    }
    println!("rendezvous received {:?}", got);
    println!("producer sent {}", producer.join().unwrap());
    println!("recv after the producer ended: {:?}", rx.recv());

    let (tx, rx) = mpsc::channel::<(usize, u64)>();
    let mut handles = Vec::new();
    for id in 0..4 {
        let tx = tx.clone();
        handles.push(thread::spawn(move || {
            let sum: u64 = (1..=100u64).map(|n| n * (id as u64 + 1)).sum();
            tx.send((id, sum)).unwrap();
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    let mut sums: Vec<(usize, u64)> = (0..4).map(|_| rx.recv().unwrap()).collect();
    sums.sort();
    println!("sums by thread: {:?}", sums);
    println!("try_recv with a sender alive: {:?}", rx.try_recv());
    println!("recv_timeout: {:?}", rx.recv_timeout(Duration::from_millis(20)));
    drop(tx);
    println!("try_recv with every sender gone: {:?}", rx.try_recv());
    println!("recv_timeout with every sender gone: {:?}", rx.recv_timeout(Duration::from_millis(20)));

    let (tx, rx) = mpsc::sync_channel::<&str>(1);
    println!("try_send into room: {:?}", tx.try_send("a"));
    println!("try_send when full: {:?}", tx.try_send("b"));
    drop(rx);
    println!("send without a receiver: {:?}", tx.send("c"));
    thread::sleep(Duration::from_millis(5));
    println!("done");
}
