// tokio tutorial style: a three-stage pipeline of tasks connected by bounded channels
use tokio::sync::mpsc;

async fn generate(out: mpsc::Sender<u64>, upto: u64) {
    for n in 1..=upto {
        out.send(n).await.unwrap();
    }
}

async fn square(mut input: mpsc::Receiver<u64>, out: mpsc::Sender<u64>) {
    while let Some(n) = input.recv().await {
        out.send(n * n).await.unwrap();
    }
}

async fn only_odd(mut input: mpsc::Receiver<u64>, out: mpsc::Sender<u64>) {
    while let Some(n) = input.recv().await {
        if n % 2 == 1 {
            out.send(n).await.unwrap();
        }
    }
}

#[tokio::main]
async fn main() {
    let (tx1, rx1) = mpsc::channel(2);
    let (tx2, rx2) = mpsc::channel(2);
    let (tx3, mut rx3) = mpsc::channel(2);

    tokio::spawn(generate(tx1, 9));
    tokio::spawn(square(rx1, tx2));
    tokio::spawn(only_odd(rx2, tx3));

    let mut odd_squares = Vec::new();
    while let Some(v) = rx3.recv().await {
        odd_squares.push(v.to_string());
    }
    println!("{}", odd_squares.join(" "));
    let sum: u64 = odd_squares.iter().map(|s| s.parse::<u64>().unwrap()).sum();
    println!("sum={}", sum);
}
