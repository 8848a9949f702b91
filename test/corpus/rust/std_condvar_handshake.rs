// std Condvar: wait releases the mutex until notify_one; wait_while with notify_all releases every waiting thread.
use std::sync::{Arc, Condvar, Mutex};
use std::thread;

fn main() {
    let pair = Arc::new((Mutex::new(false), Condvar::new()));
    let pair2 = Arc::clone(&pair);
    thread::spawn(move || {
        let (lock, cvar) = &*pair2;
        let mut started = lock.lock().unwrap();
        *started = true;
        cvar.notify_one();
    });
    let (lock, cvar) = &*pair;
    let mut started = lock.lock().unwrap();
    while !*started {
        started = cvar.wait(started).unwrap();
    }
    println!("started: {}", *started);
    drop(started);

    let gate = Arc::new((Mutex::new(0), Condvar::new()));
    let workers: Vec<_> = (1..=3)
        .map(|id| {
            let gate = Arc::clone(&gate);
            thread::spawn(move || {
                let (lock, cvar) = &*gate;
                let open = cvar.wait_while(lock.lock().unwrap(), |level| *level == 0).unwrap();
                id * *open
            })
        })
        .collect();
    {
        let (lock, cvar) = &*gate;
        *lock.lock().unwrap() = 10;
        cvar.notify_all();
    }
    let total: i32 = workers.into_iter().map(|w| w.join().unwrap()).sum();
    println!("released total {}", total);
}
