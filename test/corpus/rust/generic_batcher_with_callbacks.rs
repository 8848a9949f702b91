// Generic structs and enums around a channel: a Batcher<T> groups what an mpsc receiver yields, callbacks are passed as impl Fn and F: FnMut, and one impl block is only for Batcher<u32>
use std::fmt::Debug;
use tokio::sync::mpsc;

#[derive(Debug, Clone, PartialEq)]
enum Outcome<T> {
    Full(Vec<T>),
    Partial(Vec<T>),
}

impl<T: Clone> Outcome<T> {
    fn items(&self) -> Vec<T> {
        match self {
            Outcome::Full(v) | Outcome::Partial(v) => v.clone(),
        }
    }
}

struct Batcher<T> {
    size: usize,
    pending: Vec<T>,
    done: Vec<Outcome<T>>,
}

impl<T: Clone + Debug> Batcher<T> {
    fn new(size: usize) -> Self {
        Batcher { size, pending: Vec::new(), done: Vec::new() }
    }

    fn offer(&mut self, item: T) {
        self.pending.push(item);
        if self.pending.len() == self.size {
            let full = std::mem::take(&mut self.pending);
            self.done.push(Outcome::Full(full));
        }
    }

    fn finish(&mut self) {
        if !self.pending.is_empty() {
            let rest = std::mem::take(&mut self.pending);
            self.done.push(Outcome::Partial(rest));
        }
    }

    fn report(&self, describe: impl Fn(&Outcome<T>) -> String) -> Vec<String> {
        self.done.iter().map(|o| describe(o)).collect()
    }
}

impl Batcher<u32> {
    fn total(&self) -> u32 {
        self.done.iter().map(|o| o.items().iter().sum::<u32>()).sum()
    }
}

fn visit_all<F>(outcomes: &[Outcome<u32>], mut visit: F)
where
    F: FnMut(usize, &Outcome<u32>),
{
    for (i, o) in outcomes.iter().enumerate() {
        visit(i, o);
    }
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    tokio::spawn(async move {
        for n in 1..=7 {
            tx.send(n * 10).await.unwrap();
        }
    });

    let mut numbers = Batcher::new(3);
    while let Some(n) = rx.recv().await {
        numbers.offer(n);
    }
    numbers.finish();
    for line in numbers.report(|o| format!("{:?}", o)) {
        println!("{}", line);
    }
    println!("total {}", numbers.total());

    let mut partial_at = Vec::new();
    visit_all(&numbers.done, |i, o| {
        if let Outcome::Partial(_) = o {
            partial_at.push(i);
        }
    });
    println!("partial batches at {:?}", partial_at);

    let mut words: Batcher<String> = Batcher::new(2);
    for w in "one two three".split_whitespace() {
        words.offer(w.to_uppercase());
    }
    words.finish();
    let sizes = words.report(|o| match o {
        Outcome::Full(v) => format!("full of {}", v.len()),
        Outcome::Partial(v) => format!("partial with {}", v.join(",")),
    });
    println!("{:?}", sizes);
    println!("{}", words.done[0] == Outcome::Full(vec!["ONE".to_string(), "TWO".to_string()]));
}
