// rust std docs style: Mutex<bool> + Condvar to wait for a worker's signal
use std::sync::{Arc, Condvar, Mutex};
use std::thread;

struct Gate {
    open: Mutex<bool>,
    cv: Condvar,
}

fn main() {
    let gate = Arc::new(Gate { open: Mutex::new(false), cv: Condvar::new() });
    let results = Arc::new(Mutex::new(Vec::new()));

    let mut waiters = Vec::new();
    for i in 0..3 {
        let gate = Arc::clone(&gate);
        let results = Arc::clone(&results);
        waiters.push(thread::spawn(move || {
            let mut open = gate.open.lock().unwrap();
            while !*open {
                open = gate.cv.wait(open).unwrap();
            }
            drop(open);
            results.lock().unwrap().push(i * i);
        }));
    }

    {
        let mut open = gate.open.lock().unwrap();
        *open = true;
        gate.cv.notify_all();
    }
    for w in waiters {
        w.join().unwrap();
    }
    let mut r = results.lock().unwrap().clone();
    r.sort();
    println!("all waiters passed the gate: {:?}", r);
}
