// Rc<RefCell<_>> shared by spawn_local tasks in a LocalSet; a struct with impl Drop that joins its threads when its scope ends; a std Mutex guard taken in `if let` and released on return
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use tokio::task;

struct Crew {
    names: Vec<&'static str>,
    threads: Vec<thread::JoinHandle<usize>>,
}

impl Crew {
    fn start(names: Vec<&'static str>, jobs: Arc<Mutex<Vec<usize>>>) -> Crew {
        let threads = names
            .iter()
            .map(|_| {
                let jobs = Arc::clone(&jobs);
                thread::spawn(move || {
                    let mut done = 0;
                    while let Some(job) = take_job(&jobs) {
                        done += job;
                    }
                    done
                })
            })
            .collect();
        Crew { names, threads }
    }
}

fn take_job(jobs: &Mutex<Vec<usize>>) -> Option<usize> {
    if let Some(job) = jobs.lock().unwrap().pop() {
        return Some(job);
    }
    None
}

impl Drop for Crew {
    fn drop(&mut self) {
        let mut total = 0;
        for (name, t) in self.names.iter().zip(self.threads.drain(..)) {
            total += t.join().unwrap();
            println!("{} went home", name);
        }
        println!("crew did {} units", total);
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let shared = Rc::new(RefCell::new(Vec::<String>::new()));
    let local = task::LocalSet::new();
    local
        .run_until(async {
            let mut handles = Vec::new();
            for i in 0..3 {
                let shared = shared.clone();
                handles.push(task::spawn_local(async move {
                    shared.borrow_mut().push(format!("task {}", i));
                    i + 1
                }));
            }
            let mut sum = 0;
            for h in handles {
                sum += h.await.unwrap();
            }
            println!("sum {}", sum);
        })
        .await;
    let mut seen = shared.borrow().clone();
    seen.sort();
    println!("{:?} rc={}", seen, Rc::strong_count(&shared));

    let (tx, rx) = mpsc::channel::<&str>();
    {
        let _crew = Crew::start(vec!["ann", "bob"], Arc::new(Mutex::new(vec![1, 2, 3, 4])));
        tx.send("crew started").unwrap();
        // _crew dropped here: Drop joins the threads
    }
    drop(tx);
    println!("{:?}", rx.iter().collect::<Vec<_>>());
}
