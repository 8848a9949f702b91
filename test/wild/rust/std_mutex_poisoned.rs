// rust book style: a thread panics while holding a std Mutex and poisons it
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let data = Arc::new(Mutex::new(vec![1, 2, 3]));

    let d = Arc::clone(&data);
    let result = thread::spawn(move || {
        let mut v = d.lock().unwrap();
        v.push(4);
        panic!("worker failed after pushing");
    })
    .join();

    println!("worker join is_err: {}", result.is_err());
    println!("mutex poisoned: {}", data.is_poisoned());

    let recovered = match data.lock() {
        Ok(v) => v.clone(),
        Err(poisoned) => {
            println!("recovering from poison");
            poisoned.into_inner().clone()
        }
    };
    println!("data = {:?}", recovered);
}
