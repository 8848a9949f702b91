// rust book style: join().unwrap() on a thread that panicked propagates the failure (exit 101)
use std::thread;

fn parse_scores(raw: &str) -> Vec<u32> {
    raw.split(',').map(|s| s.trim().parse().unwrap()).collect()
}

fn main() {
    let inputs = vec!["3, 4, 5", "10, 20", "7, x, 9"];
    let mut handles = Vec::new();
    for raw in inputs {
        handles.push(thread::spawn(move || parse_scores(raw).iter().sum::<u32>()));
    }

    let mut totals = Vec::new();
    for (i, h) in handles.into_iter().enumerate() {
        let total = h.join().unwrap();
        println!("batch {} total {}", i, total);
        totals.push(total);
    }
    println!("grand total {}", totals.iter().sum::<u32>());
}
