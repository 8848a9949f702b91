// std RwLock read and write guards, std Barrier with one leader per generation, thread::scope borrowing local data.
use std::sync::{Arc, Barrier, RwLock};
use std::thread;

fn main() {
    let config = RwLock::new(vec![String::from("a")]);
    {
        let r1 = config.read().unwrap();
        let r2 = config.read().unwrap();
        println!("readers see {} and {}", r1.len(), r2.len());
        println!("try_write while read: {}", config.try_write().is_err());
    }
    config.write().unwrap().push(String::from("b"));
    println!("{:?}", *config.read().unwrap());

    let barrier = Arc::new(Barrier::new(3));
    let handles: Vec<_> = (0..3)
        .map(|_| {
            let barrier = Arc::clone(&barrier);
            thread::spawn(move || barrier.wait().is_leader())
        })
        .collect();
    let leaders = handles.into_iter().filter(|_| true).map(|h| h.join().unwrap()).filter(|l| *l).count();
    println!("leaders {}", leaders);

    let numbers = vec![1, 2, 3, 4];
    let (left, right) = numbers.split_at(2);
    let mut sums = (0, 0);
    thread::scope(|s| {
        let a = s.spawn(|| left.iter().sum::<i32>());
        let b = s.spawn(|| right.iter().sum::<i32>());
        sums = (a.join().unwrap(), b.join().unwrap());
    });
    println!("sums {:?} of {:?}", sums, numbers);
}
