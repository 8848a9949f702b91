// rust std docs style: a generic BoundedQueue<T> from Mutex<VecDeque<T>> and two Condvars, producers and consumers as std threads
use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex};
use std::thread;

struct BoundedQueue<T> {
    inner: Mutex<(VecDeque<T>, bool)>,
    not_empty: Condvar,
    not_full: Condvar,
    cap: usize,
}

impl<T: Send> BoundedQueue<T> {
    fn new(cap: usize) -> Self {
        BoundedQueue { inner: Mutex::new((VecDeque::new(), false)), not_empty: Condvar::new(), not_full: Condvar::new(), cap }
    }

    fn push(&self, item: T) {
        let mut g = self.inner.lock().unwrap();
        while g.0.len() >= self.cap {
            g = self.not_full.wait(g).unwrap();
        }
        g.0.push_back(item);
        self.not_empty.notify_one();
    }

    fn pop(&self) -> Option<T> {
        let mut g = self.not_empty.wait_while(self.inner.lock().unwrap(), |(q, closed)| q.is_empty() && !*closed).unwrap();
        let item = g.0.pop_front();
        self.not_full.notify_one();
        item
    }

    fn close(&self) {
        self.inner.lock().unwrap().1 = true;
        self.not_empty.notify_all();
    }
}

fn main() {
    let q = Arc::new(BoundedQueue::new(3));
    let producers: Vec<_> = (0..3u32)
        .map(|p| {
            let q = Arc::clone(&q);
            thread::spawn(move || {
                for i in 0..20u32 {
                    q.push(p * 1000 + i);
                }
            })
        })
        .collect();
    let consumers: Vec<_> = (0..2)
        .map(|_| {
            let q = Arc::clone(&q);
            thread::spawn(move || {
                let mut got = Vec::new();
                while let Some(v) = q.pop() {
                    got.push(v);
                }
                got
            })
        })
        .collect();
    for p in producers {
        p.join().unwrap();
    }
    q.close();
    let mut all: Vec<u32> = consumers.into_iter().flat_map(|c| c.join().unwrap()).collect();
    println!("consumed {}", all.len());
    all.sort_unstable();
    println!("first {:?}", &all[..5]);
    println!("last {:?}", &all[all.len() - 3..]);
    let per_producer: Vec<u32> = (0..3).map(|p| all.iter().filter(|v| **v / 1000 == p).sum()).collect();
    println!("sums per producer {:?}", per_producer);
    println!("queue empty after close: {:?}", q.pop());
}
