// threads wait for each other by spinning on atomics: `std::hint::spin_loop()` and `thread::yield_now()` in busy-wait loops end once another thread stores the value
use std::hint;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;

fn main() {
    let ready = Arc::new(AtomicBool::new(false));
    let data = Arc::new(AtomicUsize::new(0));

    let consumer = {
        let ready = Arc::clone(&ready);
        let data = Arc::clone(&data);
        thread::spawn(move || {
            let mut spins: u64 = 0;
            while !ready.load(Ordering::Acquire) {
                hint::spin_loop();
                spins += 1;
            }
            let seen = data.load(Ordering::Relaxed);
            (seen, spins > 0 || seen == 42)
        })
    };
    let producer = {
        let ready = Arc::clone(&ready);
        let data = Arc::clone(&data);
        thread::spawn(move || {
            data.store(42, Ordering::Relaxed);
            ready.store(true, Ordering::Release);
        })
    };
    producer.join().unwrap();
    let (seen, _) = consumer.join().unwrap();
    println!("consumer saw {seen}");

    // A turnstile: each thread waits, yielding, until the counter reaches its number.
    let turn = Arc::new(AtomicUsize::new(0));
    let order = Arc::new(std::sync::Mutex::new(Vec::new()));
    let mut handles = Vec::new();
    for me in (0..4).rev() {
        let turn = Arc::clone(&turn);
        let order = Arc::clone(&order);
        handles.push(thread::spawn(move || {
            while turn.load(Ordering::SeqCst) != me {
                thread::yield_now();
            }
            order.lock().unwrap().push(me);
            turn.fetch_add(1, Ordering::SeqCst);
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    println!("turns taken in order: {:?}", order.lock().unwrap());

    // The main thread spins too, until a worker counts down to zero.
    let left = Arc::new(AtomicUsize::new(3));
    let worker = {
        let left = Arc::clone(&left);
        thread::spawn(move || {
            for _ in 0..3 {
                left.fetch_sub(1, Ordering::AcqRel);
                thread::yield_now();
            }
        })
    };
    while left.load(Ordering::Acquire) > 0 {
        std::hint::spin_loop();
    }
    worker.join().unwrap();
    println!("countdown done, left = {}", left.load(Ordering::SeqCst));
}
