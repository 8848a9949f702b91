// std::sync::Mutex poisoning: a thread that panics holding the guard poisons it; lock() gives Err(PoisonError), into_inner() recovers the data, clear_poison() heals it
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let log = Arc::new(Mutex::new(vec![String::from("start")]));

    let worker = {
        let log = Arc::clone(&log);
        thread::spawn(move || {
            let mut entries = log.lock().unwrap();
            entries.push(String::from("half done"));
            panic!("worker gave up");
        })
    };
    println!("worker panicked: {}", worker.join().is_err());
    println!("poisoned: {}", log.is_poisoned());

    match log.lock() {
        Ok(_) => println!("not poisoned"),
        Err(poisoned) => {
            println!("error: {}", poisoned);
            println!("debug: {:?}", poisoned);
            let mut entries = poisoned.into_inner();
            entries.push(String::from("recovered"));
            println!("entries {:?}", *entries);
        }
    }

    log.clear_poison();
    println!("poisoned after clear: {}", log.is_poisoned());
    let count = log.lock().unwrap().len();
    println!("count {}", count);

    // A thread that unlocks before it panics leaves the mutex healthy.
    let counter = Arc::new(Mutex::new(0));
    let c = Arc::clone(&counter);
    let result = thread::spawn(move || {
        {
            let mut n = c.lock().unwrap();
            *n += 1;
        }
        panic!("after unlocking");
    })
    .join();
    println!("second worker failed: {}, counter poisoned: {}", result.is_err(), counter.is_poisoned());
    println!("counter {}", *counter.lock().unwrap());
}
