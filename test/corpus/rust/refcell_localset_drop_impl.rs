// spawn_local tasks in a LocalSet share an Rc<RefCell<Vec<String>>> (borrow_mut in the tasks, borrow and Rc::strong_count after run_until returns a value); a struct whose Drop impl joins its threads runs at the end of its block; a std Mutex guard taken in `if let` is released by `return`
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use tokio::task;

/// Operators folding bundles of sheets off one pile on their own threads until it is empty.
struct FoldingRoom {
    operators: Vec<&'static str>,
    shifts: Vec<thread::JoinHandle<u32>>,
}

impl FoldingRoom {
    fn open(operators: Vec<&'static str>, pile: Arc<Mutex<Vec<u32>>>) -> FoldingRoom {
        let mut shifts = Vec::new();
        for _ in 0..operators.len() {
            let pile = Arc::clone(&pile);
            shifts.push(thread::spawn(move || {
                let mut folded = 0;
                while let Some(bundle) = next_bundle(&pile) {
                    folded += bundle;
                }
                folded
            }));
        }
        FoldingRoom { operators, shifts }
    }
}

fn next_bundle(pile: &Mutex<Vec<u32>>) -> Option<u32> {
    if let Some(bundle) = pile.lock().unwrap().pop() {
        return Some(bundle);
    }
    None
}

/// Closing the room waits for every shift to finish.
impl Drop for FoldingRoom {
    fn drop(&mut self) {
        let mut sheets = 0;
        for (operator, shift) in self.operators.iter().zip(self.shifts.drain(..)) {
            sheets += shift.join().unwrap();
            println!("{} clocked out", operator);
        }
        println!("{} sheets folded", sheets);
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let proofs = Rc::new(RefCell::new(Vec::<String>::new()));
    let desk = task::LocalSet::new();
    let letters = desk
        .run_until(async {
            let mut typesetting = Vec::new();
            for (page, title) in ["Preface", "Knots", "Index"].iter().enumerate() {
                let proofs = Rc::clone(&proofs);
                let title = title.to_string();
                typesetting.push(task::spawn_local(async move {
                    proofs.borrow_mut().push(format!("p{} {}", page + 1, title));
                    title.len()
                }));
            }
            let mut letters = 0;
            for job in typesetting {
                letters += job.await.unwrap();
            }
            letters
        })
        .await;
    println!("{} letters set", letters);
    println!(
        "proofs: {} (held by {})",
        proofs.borrow().join(" | "),
        Rc::strong_count(&proofs)
    );

    let (log, entries) = mpsc::channel::<&str>();
    {
        let pile = Arc::new(Mutex::new(vec![50, 20, 30, 40, 10]));
        let _room = FoldingRoom::open(vec!["Rosa", "Kofi", "Lin"], pile);
        log.send("room opened").unwrap();
        // _room is dropped here: its Drop joins the threads before the next line runs
    }
    log.send("room closed").unwrap();
    drop(log);
    for entry in entries.iter() {
        println!("log: {}", entry);
    }
}
