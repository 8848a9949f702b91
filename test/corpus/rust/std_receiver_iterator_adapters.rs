// Iterator adapters on a std receiver's `iter()` and `try_iter()`: `for x in rx.iter().take(3)` stops after three values while the sender lives on, `.map().filter().sum()`, `.enumerate()`, `.skip()`, `.take_while()`, `.next()`, `.collect()`, `.count()` and `.max()` until every sender is gone, and `try_iter()` taking only what was already sent.
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

fn main() {
    let (tx, rx) = mpsc::channel();
    let producer = thread::spawn(move || {
        for i in 1..=10 {
            tx.send(i).unwrap();
        }
        thread::sleep(Duration::from_millis(50));
        for i in 11..=14 {
            tx.send(i).unwrap();
        }
    });

    for x in rx.iter().take(3) {
        println!("got {}", x);
    }
    let first = rx.iter().next();
    println!("next: {:?}", first);
    let evens: i32 = rx.iter().take(4).map(|x| x * 10).filter(|x| x % 20 == 0).sum();
    println!("sum of the even tens: {}", evens);
    for (i, x) in rx.iter().skip(1).take(2).enumerate() {
        println!("#{} = {}", i, x);
    }
    let rest: Vec<i32> = rx.iter().take_while(|&x| x < 13).collect();
    println!("until 13: {:?}", rest);
    producer.join().unwrap();
    println!("left: {:?}", rx.iter().max());

    let (tx, rx) = mpsc::channel();
    let senders: Vec<_> = (0..3)
        .map(|id| {
            let tx = tx.clone();
            thread::spawn(move || {
                tx.send(format!("worker {}", id)).unwrap();
            })
        })
        .collect();
    for s in senders {
        s.join().unwrap();
    }
    let ready: Vec<String> = rx.try_iter().collect();
    println!("{} ready", ready.len());
    println!("nothing more yet: {}", rx.try_iter().count());
    tx.send(String::from("late")).unwrap();
    drop(tx);
    let lengths: Vec<usize> = rx.iter().map(|s| s.len()).collect();
    println!("{:?}", lengths);
}
