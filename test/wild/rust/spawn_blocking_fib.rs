// tokio docs style: spawn_blocking moves CPU-heavy work off the async workers
use tokio::task;

fn fib(n: u32) -> u64 {
    if n < 2 {
        n as u64
    } else {
        let (mut a, mut b) = (0u64, 1u64);
        for _ in 1..n {
            let c = a + b;
            a = b;
            b = c;
        }
        b
    }
}

#[tokio::main]
async fn main() {
    let inputs = vec![10, 20, 30, 40, 50];
    let handles: Vec<_> = inputs
        .into_iter()
        .map(|n| task::spawn_blocking(move || (n, fib(n))))
        .collect();

    for h in handles {
        let (n, f) = h.await.unwrap();
        println!("fib({}) = {}", n, f);
    }

    let text = String::from("the quick brown fox jumps over the lazy dog");
    let words = task::spawn_blocking(move || text.split_whitespace().count()).await.unwrap();
    println!("words: {}", words);
}
