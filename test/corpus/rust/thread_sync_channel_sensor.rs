// std threads without Tokio: a sensor thread feeds sync_channel(2) (send blocks while the slow
// consumer thread sleeps), join handles return totals, recv_timeout gives Timeout before a late
// reading and Disconnected after the sender's thread ends.
use std::sync::mpsc::{sync_channel, RecvTimeoutError};
use std::thread;
use std::time::Duration;

fn main() {
    let (tx, rx) = sync_channel::<(usize, f64)>(2);
    let sensor = thread::spawn(move || {
        let readings = [20.5, 21.0, 21.75, 22.0, 19.25, 18.0];
        for (i, value) in readings.iter().enumerate() {
            tx.send((i, *value)).expect("consumer alive");
        }
        readings.len()
    });
    let consumer = thread::spawn(move || {
        let mut seen = Vec::new();
        for (i, value) in rx.iter() {
            thread::sleep(Duration::from_millis(20));
            seen.push(format!("#{}={:.2}", i, value));
        }
        let total: f64 = seen.len() as f64;
        (seen, total)
    });
    let produced = sensor.join().unwrap();
    let (seen, total) = consumer.join().unwrap();
    println!("produced {} readings, consumer saw {}", produced, total);
    println!("{}", seen.join(", "));

    let (late_tx, late_rx) = sync_channel::<String>(0);
    let late = thread::spawn(move || {
        thread::sleep(Duration::from_millis(300));
        late_tx.send("late reading".to_string()).unwrap();
        "sender thread done"
    });
    match late_rx.recv_timeout(Duration::from_millis(50)) {
        Ok(msg) => println!("too early: {}", msg),
        Err(RecvTimeoutError::Timeout) => println!("nothing within 50 ms: {:?}", RecvTimeoutError::Timeout),
        Err(e) => println!("unexpected: {}", e),
    }
    let msg = late_rx.recv_timeout(Duration::from_secs(1)).unwrap();
    println!("then: {}", msg);
    println!("{}", late.join().unwrap());
    let after = late_rx.recv_timeout(Duration::from_millis(50));
    println!("after the thread ended: {:?}", after);
    if let Err(e) = after {
        println!("as text: {}", e);
    }
}
