// tokio tutorial style: spawning, JoinHandle values awaited in order of creation
use tokio::task::JoinHandle;

fn is_prime(n: u64) -> bool {
    n >= 2 && (2..).take_while(|d| d * d <= n).all(|d| n % d != 0)
}

#[tokio::main]
async fn main() {
    let ranges = [(1u64, 100u64), (100, 200), (200, 300), (300, 400)];
    let handles: Vec<JoinHandle<(u64, usize)>> = ranges
        .iter()
        .map(|&(lo, hi)| tokio::spawn(async move { (lo, (lo..hi).filter(|&n| is_prime(n)).count()) }))
        .collect();

    let mut total = 0;
    for h in handles {
        let (lo, count) = h.await.expect("task panicked");
        println!("primes from {:>3}: {}", lo, count);
        total += count;
    }
    println!("total primes below 400: {}", total);
}
