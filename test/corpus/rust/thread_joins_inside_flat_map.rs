// Joining std threads inside `flat_map` waits for each thread in turn and flattens what they return, as `map` does; the workers share a Condvar-guarded counter.
use std::sync::{Arc, Condvar, Mutex};
use std::thread;

fn main() {
    let started = Arc::new((Mutex::new(0u32), Condvar::new()));
    let workers: Vec<thread::JoinHandle<Vec<u32>>> = (0..3u32)
        .map(|w| {
            let started = Arc::clone(&started);
            thread::spawn(move || {
                let (count, cvar) = &*started;
                *count.lock().unwrap() += 1;
                cvar.notify_all();
                (0..w + 2).map(|i| w * 10 + i).collect()
            })
        })
        .collect();
    {
        let (count, cvar) = &*started;
        let guard = cvar.wait_while(count.lock().unwrap(), |n| *n < 3).unwrap();
        println!("all {} workers started", *guard);
    }
    let mut values: Vec<u32> = workers.into_iter().flat_map(|h| h.join().unwrap()).collect();
    values.sort();
    println!("{} values: {:?}", values.len(), values);
}
