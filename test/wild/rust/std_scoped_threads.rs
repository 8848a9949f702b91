// rust std docs style: thread::scope borrows local data without Arc
use std::thread;

fn main() {
    let words = vec!["apple", "banana", "cherry", "date", "elderberry", "fig"];
    let mut lengths = vec![0usize; words.len()];

    thread::scope(|s| {
        for (slot, w) in lengths.iter_mut().zip(words.iter()) {
            s.spawn(move || {
                *slot = w.chars().filter(|c| "aeiou".contains(*c)).count();
            });
        }
    });

    for (w, n) in words.iter().zip(&lengths) {
        println!("{:<10} {} vowels", w, n);
    }
    let most = words.iter().zip(&lengths).max_by_key(|(w, n)| (**n, std::cmp::Reverse(**w))).unwrap();
    println!("most vowels: {}", most.0);
}
