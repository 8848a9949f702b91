// a channel typed by what it carries, not by the generic code it meets: a Stack<T> popped in `while let` feeds an mpsc channel handed to a generic Printer<T>::new(rx); a std mpsc Sender kept in a struct field by its module path (mpsc::Sender after `use std::sync::mpsc`)
use std::fmt::Debug;
use std::sync::mpsc as std_mpsc;
use std::sync::mpsc;
use tokio::sync::mpsc as tokio_mpsc;

struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, item: T) {
        self.items.push(item);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
}

struct Printer<T> {
    prefix: String,
    rx: tokio_mpsc::Receiver<T>,
}

impl<T> Printer<T>
where
    T: Debug + Send + 'static,
{
    fn new(prefix: &str, rx: tokio_mpsc::Receiver<T>) -> Self {
        Printer { prefix: prefix.to_string(), rx }
    }

    async fn drain(mut self) -> Vec<String> {
        let mut lines = Vec::new();
        while let Some(item) = self.rx.recv().await {
            lines.push(format!("{} {:?}", self.prefix, item));
        }
        lines
    }
}

struct Logger {
    out: mpsc::Sender<String>,
}

impl Logger {
    fn log(&self, line: &str) {
        self.out.send(line.to_uppercase()).unwrap();
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut stack: Stack<(String, u16)> = Stack::new();
    for (i, c) in "xyz".chars().enumerate() {
        stack.push((c.to_string(), i as u16 * 10));
    }
    let (tx, rx) = tokio_mpsc::channel(1);
    let printer = Printer::new("got", rx);
    let handle = tokio::spawn(printer.drain());
    while let Some(entry) = stack.pop() {
        tx.send(entry).await.unwrap();
    }
    drop(tx);
    for line in handle.await.unwrap() {
        println!("{}", line);
    }

    let (log_tx, log_rx) = std_mpsc::channel();
    let logger = Logger { out: log_tx };
    logger.log("first");
    logger.log("second");
    drop(logger);
    let logged: Vec<String> = log_rx.iter().collect();
    println!("{:?}", logged);
}
