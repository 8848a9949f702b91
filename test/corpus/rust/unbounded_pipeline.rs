// A three-stage pipeline on unbounded channels: a generator, a filter-and-square stage and a
// summing stage, each a spawned task owning its sender, so each stage ends when the one before it
// closes; the final result comes back through a oneshot.
use tokio::sync::{mpsc, oneshot};

async fn generate(limit: u64, out: mpsc::UnboundedSender<u64>) {
    for n in 1..=limit {
        if out.send(n).is_err() {
            return;
        }
    }
}

async fn square_odds(mut input: mpsc::UnboundedReceiver<u64>, out: mpsc::UnboundedSender<u64>) -> usize {
    let mut passed = 0;
    while let Some(n) = input.recv().await {
        if n % 2 == 1 {
            out.send(n * n).unwrap();
            passed += 1;
        }
    }
    passed
}

async fn total(mut input: mpsc::UnboundedReceiver<u64>, done: oneshot::Sender<(u64, Vec<u64>)>) {
    let mut sum = 0;
    let mut firsts = Vec::new();
    while let Some(v) = input.recv().await {
        sum += v;
        if firsts.len() < 4 {
            firsts.push(v);
        }
    }
    done.send((sum, firsts)).unwrap();
}

#[tokio::main]
async fn main() {
    let (gen_tx, gen_rx) = mpsc::unbounded_channel();
    let (sq_tx, sq_rx) = mpsc::unbounded_channel();
    let (done_tx, done_rx) = oneshot::channel();

    tokio::spawn(generate(20, gen_tx));
    let middle = tokio::spawn(square_odds(gen_rx, sq_tx));
    tokio::spawn(total(sq_rx, done_tx));

    let (sum, firsts) = done_rx.await.expect("the summing stage always answers");
    println!("first squares {:?}", firsts);
    println!("sum of odd squares up to 20: {}", sum);
    println!("middle stage passed {} values", middle.await.unwrap());

    let (tx, mut rx) = mpsc::unbounded_channel::<String>();
    tx.send("kept".into()).unwrap();
    println!("{:?}", rx.try_recv());
    rx.close();
    println!("send after close: {}", tx.send("lost".into()).is_err());
}
