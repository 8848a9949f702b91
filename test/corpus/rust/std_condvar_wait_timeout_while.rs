// std Condvar: wait_timeout_while gives the guard back with timed_out() true when the condition still holds at the limit, false once a notify_all makes it false; wait_timeout's guard destructured from its tuple is released at the end of its scope
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::Duration;

fn main() {
    let pair = Arc::new((Mutex::new(0u32), Condvar::new()));

    let (lock, cvar) = &*pair;
    let (ready, result) = cvar
        .wait_timeout_while(lock.lock().unwrap(), Duration::from_millis(30), |n| *n < 3)
        .unwrap();
    println!("nobody counted: timed_out={} value={}", result.timed_out(), *ready);
    drop(ready);

    let counter = Arc::clone(&pair);
    let worker = thread::spawn(move || {
        let (lock, cvar) = &*counter;
        for _ in 0..3 {
            thread::sleep(Duration::from_millis(10));
            *lock.lock().unwrap() += 1;
            cvar.notify_all();
        }
    });

    let (lock, cvar) = &*pair;
    let (count, result) = cvar
        .wait_timeout_while(lock.lock().unwrap(), Duration::from_secs(5), |n| *n < 3)
        .unwrap();
    println!("counted to three: timed_out={} value={}", result.timed_out(), *count);
    drop(count);
    worker.join().unwrap();

    {
        let (guard, result) = cvar.wait_timeout(lock.lock().unwrap(), Duration::from_millis(5)).unwrap();
        println!("plain wait_timeout: timed_out={} value={}", result.timed_out(), *guard);
    }
    println!("lock free again: {}", lock.try_lock().is_ok());
}
