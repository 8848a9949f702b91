// slice methods windows/chunks/chunks_exact/rchunks, HashMap::retain with `_` closure parameters, iter_mut over numbers in thread::scope, char::from a byte, tuples pushed from threads typed by a range
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let readings = vec![3, 5, 4, 8, 9, 7];
    let rising: Vec<bool> = readings.windows(2).map(|w| w[1] > w[0]).collect();
    println!("rising {:?}", rising);
    let sums: Vec<i32> = readings.chunks(4).map(|c| c.iter().sum()).collect();
    println!("chunk sums {:?}", sums);
    println!("exact pairs {:?}", readings.chunks_exact(4).collect::<Vec<_>>());
    println!("from the end {:?}", readings.rchunks(4).collect::<Vec<_>>());
    println!("ordered: {}", readings.windows(2).all(|w| w[0] <= w[1]));

    let mut stock: HashMap<&str, (u32, bool)> = HashMap::new();
    stock.insert("apples", (3, true));
    stock.insert("pears", (0, true));
    stock.insert("plums", (9, false));
    stock.retain(|_, (count, _)| *count > 0);
    let mut left: Vec<_> = stock.keys().collect();
    left.sort();
    println!("in stock {:?}", left);

    let words = vec!["kiwi", "banana", "fig"];
    let mut lengths = vec![0usize; words.len()];
    thread::scope(|s| {
        for (slot, w) in lengths.iter_mut().zip(words.iter()) {
            s.spawn(move || {
                *slot = w.len();
            });
        }
    });
    println!("lengths {:?}", lengths);

    let letters: String = (0..5u8).map(|i| char::from(b'a' + i)).collect();
    println!("letters {}", letters);

    let log = Arc::new(Mutex::new(Vec::new()));
    let handles: Vec<_> = (0..3)
        .map(|id| {
            let log = Arc::clone(&log);
            thread::spawn(move || {
                log.lock().unwrap().push((id, id * id));
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let mut entries = log.lock().unwrap().clone();
    entries.sort();
    println!("entries {:?}", entries);
}
