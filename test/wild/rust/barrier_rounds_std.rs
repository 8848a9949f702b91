// rust std docs style: std::sync::Barrier lines threads up between phases
use std::sync::{Arc, Barrier, Mutex};
use std::thread;

fn main() {
    let workers = 3;
    let barrier = Arc::new(Barrier::new(workers));
    let phases = Arc::new(Mutex::new(Vec::new()));

    let handles: Vec<_> = (0..workers)
        .map(|id| {
            let barrier = Arc::clone(&barrier);
            let phases = Arc::clone(&phases);
            thread::spawn(move || {
                for phase in 0..3 {
                    phases.lock().unwrap().push((phase, id));
                    barrier.wait();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }

    let log = phases.lock().unwrap();
    // every phase-0 entry comes before any phase-1 entry, and so on
    let ordered = log.windows(2).all(|w| w[0].0 <= w[1].0);
    println!("phases never overlap: {}", ordered);
    let mut sorted = log.clone();
    sorted.sort();
    println!("{:?}", sorted);
}
