// std threads: thread::Builder names a thread (thread::current().name() inside, the name in its panic report), spawn gives io::Result<JoinHandle>; park waits for unpark through handle.thread(), an unpark before park leaves a token, park_timeout returns without one; main's name is "main"
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

fn main() {
    let go = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&go);
    let waiter = thread::Builder::new()
        .name("waiter".to_string())
        .stack_size(64 * 1024)
        .spawn(move || {
            let me = thread::current();
            let mut parks = 0;
            while !flag.load(Ordering::SeqCst) {
                thread::park();
                parks += 1;
            }
            format!("{} woke after {} park(s)", me.name().unwrap(), parks)
        })
        .expect("spawn failed");
    thread::sleep(Duration::from_millis(20));
    go.store(true, Ordering::SeqCst);
    waiter.thread().unpark();
    println!("{}", waiter.join().unwrap());

    let token = thread::spawn(|| {
        thread::current().unpark();
        thread::park();
        let start = Instant::now();
        thread::park_timeout(Duration::from_millis(10));
        (thread::current().name().is_none(), start.elapsed() >= Duration::from_millis(10))
    });
    println!("unnamed, timed out: {:?}", token.join().unwrap());
    println!("main is {:?}", thread::current().name());

    let named = thread::Builder::new().name("doomed".into()).spawn(|| {
        if thread::current().name() == Some("doomed") {
            panic!("named thread gives up");
        }
    });
    println!("named thread panicked: {}", named.unwrap().join().is_err());
}
