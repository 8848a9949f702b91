// rust std docs style (scoped threads): thread::scope workers validate batches of a borrowed slice; one worker panics, the scope re-panics after all threads finish (exit 101)
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;

fn check(batch: &[i32]) -> i32 {
    batch
        .iter()
        .map(|&x| {
            assert!(x >= 0, "negative reading {} in batch", x);
            x
        })
        .sum()
}

fn main() {
    let readings = vec![3, 9, 12, 4, 7, 1, 8, 8, 5, 2, -6, 10, 11, 0, 6, 9];
    let checked = AtomicUsize::new(0);
    let sums = Mutex::new(Vec::new());

    // first pass: only the clean half, every thread joins fine
    thread::scope(|s| {
        for (i, batch) in readings[..8].chunks(4).enumerate() {
            let sums = &sums;
            let checked = &checked;
            s.spawn(move || {
                let total = check(batch);
                checked.fetch_add(batch.len(), Ordering::SeqCst);
                sums.lock().unwrap().push((i, total));
            });
        }
    });
    let mut first = sums.lock().unwrap().clone();
    first.sort();
    println!("clean pass: {:?}, {} readings checked", first, checked.load(Ordering::SeqCst));

    // a handle joined explicitly reports the panic as Err
    let caught = thread::scope(|s| {
        let h = s.spawn(|| check(&readings[8..12]));
        h.join().is_err()
    });
    println!("explicit join saw the panic: {}", caught);

    // second pass: nobody joins the bad thread, so the scope itself panics
    sums.lock().unwrap().clear();
    println!("starting full pass over {} readings", readings.len());
    thread::scope(|s| {
        for (i, batch) in readings.chunks(4).enumerate() {
            let sums = &sums;
            s.spawn(move || {
                let total = check(batch);
                sums.lock().unwrap().push((i, total));
            });
        }
    });
    println!("not reached: {:?}", sums.lock().unwrap());
}
