// rust book ch.20 style: ThreadPool::build returns Result<_, PoolCreationError>, workers get Message::NewJob / Message::Terminate; a zero-size build fails and main exits 2
use std::fmt;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

type Job = Box<dyn FnOnce() -> String + Send + 'static>;

enum Message {
    NewJob(Job),
    Terminate,
}

#[derive(Debug)]
struct PoolCreationError {
    requested: usize,
}

impl fmt::Display for PoolCreationError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "cannot create a pool with {} threads", self.requested)
    }
}

struct Worker {
    id: usize,
    thread: Option<thread::JoinHandle<usize>>,
}

struct ThreadPool {
    workers: Vec<Worker>,
    sender: mpsc::Sender<Message>,
}

impl ThreadPool {
    fn build(size: usize, results: mpsc::Sender<String>) -> Result<ThreadPool, PoolCreationError> {
        if size == 0 {
            return Err(PoolCreationError { requested: size });
        }
        let (sender, receiver) = mpsc::channel();
        let receiver = Arc::new(Mutex::new(receiver));
        let workers = (0..size)
            .map(|id| {
                let rx = Arc::clone(&receiver);
                let out = results.clone();
                let thread = thread::spawn(move || {
                    let mut done = 0;
                    loop {
                        let msg = rx.lock().unwrap().recv().unwrap();
                        match msg {
                            Message::NewJob(job) => {
                                out.send(job()).unwrap();
                                done += 1;
                            }
                            Message::Terminate => break,
                        }
                    }
                    done
                });
                Worker { id, thread: Some(thread) }
            })
            .collect();
        Ok(ThreadPool { workers, sender })
    }

    fn execute<F>(&self, f: F)
    where
        F: FnOnce() -> String + Send + 'static,
    {
        self.sender.send(Message::NewJob(Box::new(f))).unwrap();
    }
}

impl Drop for ThreadPool {
    fn drop(&mut self) {
        for _ in &self.workers {
            self.sender.send(Message::Terminate).unwrap();
        }
        let mut total = 0;
        for worker in &mut self.workers {
            if let Some(t) = worker.thread.take() {
                total += t.join().unwrap();
            }
            let _ = worker.id;
        }
        println!("pool shut down, {} workers ran {} jobs", self.workers.len(), total);
    }
}

fn main() {
    let (res_tx, res_rx) = mpsc::channel();
    {
        let pool = ThreadPool::build(3, res_tx.clone()).unwrap_or_else(|e| {
            eprintln!("error: {}", e);
            std::process::exit(1);
        });
        for n in 1..=6u64 {
            pool.execute(move || format!("job {} -> {}", n, (1..=n).product::<u64>()));
        }
    }
    let mut lines: Vec<String> = res_rx.try_iter().collect();
    lines.sort();
    for l in &lines {
        println!("{}", l);
    }
    match ThreadPool::build(0, res_tx) {
        Ok(_) => println!("zero pool built?"),
        Err(e) => {
            eprintln!("error: {}", e);
            std::process::exit(2);
        }
    }
}
