// rust book style (final project): a ThreadPool with workers sharing Arc<Mutex<Receiver<Job>>> and a graceful Drop
use std::sync::{mpsc, Arc, Mutex};
use std::thread;

type Job = Box<dyn FnOnce() + Send + 'static>;

struct Worker {
    id: usize,
    thread: Option<thread::JoinHandle<usize>>,
}

impl Worker {
    fn new(id: usize, receiver: Arc<Mutex<mpsc::Receiver<Job>>>) -> Worker {
        let thread = thread::spawn(move || {
            let mut jobs_run = 0;
            loop {
                let message = receiver.lock().unwrap().recv();
                match message {
                    Ok(job) => {
                        job();
                        jobs_run += 1;
                    }
                    Err(_) => break,
                }
            }
            jobs_run
        });
        Worker { id, thread: Some(thread) }
    }
}

struct ThreadPool {
    workers: Vec<Worker>,
    sender: Option<mpsc::Sender<Job>>,
}

impl ThreadPool {
    fn new(size: usize) -> ThreadPool {
        assert!(size > 0);
        let (sender, receiver) = mpsc::channel();
        let receiver = Arc::new(Mutex::new(receiver));
        let workers = (0..size).map(|id| Worker::new(id, Arc::clone(&receiver))).collect();
        ThreadPool { workers, sender: Some(sender) }
    }

    fn execute<F>(&self, f: F)
    where
        F: FnOnce() + Send + 'static,
    {
        self.sender.as_ref().unwrap().send(Box::new(f)).unwrap();
    }
}

impl Drop for ThreadPool {
    fn drop(&mut self) {
        drop(self.sender.take());
        let mut total = 0;
        for worker in &mut self.workers {
            println!("Shutting down worker {}", worker.id);
            if let Some(t) = worker.thread.take() {
                total += t.join().unwrap();
            }
        }
        println!("workers ran {} jobs in total", total);
    }
}

fn main() {
    let (result_tx, result_rx) = mpsc::channel::<(usize, u64)>();
    {
        let pool = ThreadPool::new(4);
        for request in 0..8usize {
            let tx = result_tx.clone();
            pool.execute(move || {
                let body_len = (request as u64 + 1) * 128;
                tx.send((request, body_len)).unwrap();
            });
        }
        // pool dropped here: waits for all workers
    }
    drop(result_tx);

    let mut responses: Vec<(usize, u64)> = result_rx.iter().collect();
    responses.sort();
    let summary: Vec<String> = responses.iter().map(|(r, len)| format!("req{}={}", r, len)).collect();
    println!("{}", summary.join(" "));
}
