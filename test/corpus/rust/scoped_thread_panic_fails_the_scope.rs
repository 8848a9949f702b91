// std::thread::scope: a scoped thread's panic that its handle's join() sees is handled (the scope returns), one that nobody joined makes thread::scope itself panic, "a scoped thread panicked", after every thread has ended (exit 101)
use std::sync::atomic::{AtomicU32, Ordering};
use std::thread;

fn main() {
    let values = [3, 1, 4];
    let finished = AtomicU32::new(0);
    let total = thread::scope(|s| {
        let bad = s.spawn(|| {
            if values.len() == 3 {
                panic!("bad input");
            }
            0
        });
        let good = s.spawn(|| values.iter().sum::<i32>());
        let seen = bad.join().is_err();
        println!("join saw the panic: {}", seen);
        good.join().unwrap()
    });
    println!("first scope returned {}", total);

    thread::scope(|s| {
        s.spawn(|| {
            finished.fetch_add(1, Ordering::SeqCst);
            panic!("nobody joins me");
        });
        s.spawn(|| {
            thread::sleep(std::time::Duration::from_millis(20));
            finished.fetch_add(1, Ordering::SeqCst);
            println!("the other thread still finishes");
        });
    });
    println!("not reached: {}", finished.load(Ordering::SeqCst));
}
