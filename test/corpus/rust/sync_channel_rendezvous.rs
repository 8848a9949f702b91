// std::sync::mpsc::sync_channel(0) is a rendezvous: each send waits for the matching recv.
// A std::thread producer hands over values, main replies on a second channel, and the
// producer's join handle returns what it heard back.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::sync_channel::<u32>(0);
    let (reply_tx, reply_rx) = mpsc::sync_channel::<String>(0);

    let producer = thread::spawn(move || {
        let mut replies = Vec::new();
        for i in 1..=4 {
            tx.send(i * i).unwrap();
            replies.push(reply_rx.recv().unwrap());
        }
        replies
    });

    let mut total = 0;
    for value in rx.iter() {
        total += value;
        reply_tx.send(format!("got {}", value)).unwrap();
        println!("main received {} (running total {})", value, total);
    }
    println!("producer hung up: {:?}", rx.recv());

    let replies = producer.join().unwrap();
    println!("replies: {}", replies.join(", "));

    let (tx, rx) = mpsc::sync_channel::<&str>(0);
    let t = thread::spawn(move || {
        let r = tx.send("lost");
        println!("send with no receiver: {:?}", r);
    });
    drop(rx);
    t.join().unwrap();
    let (tx, rx) = mpsc::sync_channel::<i32>(1);
    tx.send(5).unwrap();
    println!("try_send on a full buffer: {:?}", tx.try_send(6));
    println!("recv: {:?}", rx.recv());
    println!("try_recv: {:?}", rx.try_recv());
}
