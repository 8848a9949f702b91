// a generic function calls associated functions of its type parameter (`S::default()`, `S::name()` of a trait with `Default` as supertrait), the type named by a turbofish or inferred from an argument, fed over a channel
use tokio::sync::mpsc;

trait Summary: Default + std::fmt::Debug {
    fn name() -> &'static str;
    fn add(&mut self, value: u32);
}

#[derive(Debug, Default)]
struct Total {
    sum: u32,
}

#[derive(Debug, Default)]
struct Largest {
    max: Option<u32>,
}

impl Summary for Total {
    fn name() -> &'static str {
        "total"
    }
    fn add(&mut self, value: u32) {
        self.sum += value;
    }
}

impl Summary for Largest {
    fn name() -> &'static str {
        "largest"
    }
    fn add(&mut self, value: u32) {
        self.max = Some(self.max.map_or(value, |m| m.max(value)));
    }
}

async fn summarize<S: Summary>(mut rx: mpsc::Receiver<u32>) -> S {
    let mut summary = S::default();
    while let Some(v) = rx.recv().await {
        summary.add(v);
    }
    println!("{} done", S::name());
    summary
}

fn fresh_like<S: Summary>(_example: &S) -> S {
    S::default()
}

fn feed(values: Vec<u32>) -> mpsc::Receiver<u32> {
    let (tx, rx) = mpsc::channel(2);
    tokio::spawn(async move {
        for v in values {
            tx.send(v).await.unwrap();
        }
    });
    rx
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let total = summarize::<Total>(feed(vec![3, 9, 4])).await;
    let largest: Largest = summarize::<Largest>(feed(vec![3, 9, 4])).await;
    println!("{:?} {:?}", total, largest);
    let empty = fresh_like(&total);
    println!("fresh: {:?}, sum {}", empty, empty.sum);
    println!("names: {} {}", Total::name(), Largest::name());
}
