// rust std docs style: thread::park / unpark handshake with an AtomicBool flag, park_timeout, named threads via thread::Builder
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::Arc;
use std::thread;
use std::time::Duration;

fn main() {
    let ready = Arc::new(AtomicBool::new(false));
    let stage = Arc::new(AtomicUsize::new(0));
    let (log_tx, log_rx) = mpsc::channel::<String>();

    let r = Arc::clone(&ready);
    let st = Arc::clone(&stage);
    let tx = log_tx.clone();
    let parked = thread::Builder::new()
        .name("parker".into())
        .spawn(move || {
            let name = thread::current().name().unwrap_or("?").to_string();
            tx.send(format!("{} waiting for flag", name)).unwrap();
            while !r.load(Ordering::Acquire) {
                thread::park();
            }
            st.store(1, Ordering::Release);
            tx.send(format!("{} saw flag, stage {}", name, st.load(Ordering::Acquire))).unwrap();
            let mut timeouts = 0;
            // nobody unparks us again; park_timeout returns anyway
            for _ in 0..3 {
                thread::park_timeout(Duration::from_millis(5));
                timeouts += 1;
            }
            tx.send(format!("{} finished {} timed parks", name, timeouts)).unwrap();
            42u32
        })
        .unwrap();

    println!("{}", log_rx.recv().unwrap());
    ready.store(true, Ordering::Release);
    parked.thread().unpark();
    println!("{}", log_rx.recv().unwrap());
    println!("{}", log_rx.recv().unwrap());
    println!("thread result: {}", parked.join().unwrap());

    // An unpark before park is remembered as a token: park returns immediately.
    let early = thread::spawn(|| {
        thread::current().unpark();
        thread::park();
        "returned right away"
    });
    println!("early token: {}", early.join().unwrap());

    drop(log_tx);
    let leftover: Vec<String> = log_rx.try_iter().collect();
    println!("leftover messages: {}", leftover.len());
    println!("main thread name: {:?}", thread::current().name());
}
