// rust std docs style: a countdown latch from Mutex<usize> + Condvar using wait_while, wait_timeout_while that times out, notify_all
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::Duration;

struct Latch {
    remaining: Mutex<usize>,
    cv: Condvar,
}

impl Latch {
    fn new(n: usize) -> Self {
        Latch { remaining: Mutex::new(n), cv: Condvar::new() }
    }
    fn count_down(&self) -> usize {
        let mut left = self.remaining.lock().unwrap();
        *left = left.saturating_sub(1);
        if *left == 0 {
            self.cv.notify_all();
        }
        *left
    }
    fn wait(&self) {
        let guard = self.remaining.lock().unwrap();
        let _g = self.cv.wait_while(guard, |left| *left > 0).unwrap();
    }
    fn wait_for(&self, dur: Duration) -> (bool, usize) {
        let guard = self.remaining.lock().unwrap();
        let (g, res) = self.cv.wait_timeout_while(guard, dur, |left| *left > 0).unwrap();
        (res.timed_out(), *g)
    }
}

fn main() {
    let latch = Arc::new(Latch::new(4));
    let results = Arc::new(Mutex::new(Vec::new()));

    let (timed_out, left) = latch.wait_for(Duration::from_millis(20));
    println!("wait_for before any worker: timed_out={} remaining={}", timed_out, left);

    let waiters: Vec<_> = (0..2)
        .map(|w| {
            let latch = Arc::clone(&latch);
            let results = Arc::clone(&results);
            thread::spawn(move || {
                latch.wait();
                let n = results.lock().unwrap().len();
                format!("waiter {} released, sees {} results", w, n)
            })
        })
        .collect();

    let workers: Vec<_> = (1..=4u64)
        .map(|i| {
            let latch = Arc::clone(&latch);
            let results = Arc::clone(&results);
            thread::spawn(move || {
                let v: u64 = (1..=i * 5).map(|x| x * x).sum();
                results.lock().unwrap().push((i, v));
                latch.count_down()
            })
        })
        .collect();

    let mut lefts: Vec<usize> = workers.into_iter().map(|h| h.join().unwrap()).collect();
    lefts.sort();
    println!("remaining counts reported: {:?}", lefts);
    for w in waiters {
        println!("{}", w.join().unwrap());
    }
    let (timed_out, left) = latch.wait_for(Duration::from_secs(5));
    println!("wait_for after release: timed_out={} remaining={}", timed_out, left);
    let mut r = results.lock().unwrap().clone();
    r.sort_by_key(|&(i, _)| i);
    for (i, v) in r {
        println!("sum of squares 1..={:<3} = {:>6}", i * 5, v);
    }
    println!("extra count_down stays at {}", latch.count_down());
}
