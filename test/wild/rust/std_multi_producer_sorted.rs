// rust book style: multiple producers by cloning the transmitter; results sorted at the end
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<(char, u32)>();

    let mut handles = Vec::new();
    for (tag, start) in [('a', 0), ('b', 10), ('c', 20)] {
        let tx = tx.clone();
        handles.push(thread::spawn(move || {
            for k in start..start + 3 {
                tx.send((tag, k)).unwrap();
            }
        }));
    }
    drop(tx);

    let mut all: Vec<(char, u32)> = rx.iter().collect();
    for h in handles {
        h.join().unwrap();
    }
    all.sort();
    let text: Vec<String> = all.iter().map(|(t, k)| format!("{}{}", t, k)).collect();
    println!("{}", text.join(" "));
    println!("count={}", all.len());
}
