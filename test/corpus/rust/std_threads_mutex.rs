// std::thread with Arc<std::sync::Mutex>: threads update shared state under the lock, join
// handles return per-thread results in spawn order; a std mpsc channel with several producers
// closes when every sender clone is dropped; scoped threads borrow local data.
use std::sync::{mpsc, Arc, Mutex};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0u64));
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut handles = Vec::new();
    for id in 0..4u64 {
        let counter = Arc::clone(&counter);
        let log = Arc::clone(&log);
        handles.push(thread::spawn(move || {
            for _ in 0..1000 {
                *counter.lock().unwrap() += 1;
            }
            log.lock().unwrap().push(id);
            id * 10
        }));
    }
    let returned: Vec<u64> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("returned {:?}", returned);
    println!("counter {}", *counter.lock().unwrap());
    let mut order = log.lock().unwrap().clone();
    order.sort();
    println!("every thread logged: {:?}", order);

    let (tx, rx) = mpsc::channel::<(usize, usize)>();
    for worker in 0..3 {
        let tx = tx.clone();
        thread::spawn(move || {
            let sum: usize = (1..=worker * 10).sum();
            tx.send((worker, sum)).unwrap();
        });
    }
    drop(tx);
    let mut sums: Vec<(usize, usize)> = rx.iter().collect();
    sums.sort();
    println!("sums {:?}", sums);
    println!("after every sender is gone: {:?}", rx.recv());

    let data = vec![1, 2, 3, 4, 5, 6];
    let (left, right) = data.split_at(3);
    let (a, b) = thread::scope(|s| {
        let ha = s.spawn(|| left.iter().sum::<i32>());
        let hb = s.spawn(|| right.iter().product::<i32>());
        (ha.join().unwrap(), hb.join().unwrap())
    });
    println!("left sum {}, right product {}", a, b);
    let (tx, rx) = mpsc::channel::<i32>();
    drop(tx);
    println!("try_recv on a closed std channel: {:?}", rx.try_recv());
}
