// A select! loop over two receivers: a branch whose recv() gives None is disabled, and
// `else => break` leaves the loop once both channels are closed and drained.
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx_a, mut rx_a) = mpsc::channel::<u32>(2);
    let (tx_b, mut rx_b) = mpsc::unbounded_channel::<String>();

    tokio::spawn(async move {
        for i in 1..=5 {
            tx_a.send(i).await.unwrap();
        }
    });
    tokio::spawn(async move {
        for word in ["alpha", "beta", "gamma"] {
            tx_b.send(word.to_string()).unwrap();
            tokio::task::yield_now().await;
        }
    });

    let mut numbers = Vec::new();
    let mut words = Vec::new();
    let mut rounds = 0;
    loop {
        tokio::select! {
            Some(n) = rx_a.recv() => numbers.push(n),
            Some(w) = rx_b.recv() => words.push(w),
            else => break,
        }
        rounds += 1;
    }
    println!("numbers: {:?}", numbers);
    println!("words: {:?}", words);
    println!("rounds with a value: {}", rounds);
    println!("after the loop: {:?} {:?}", rx_a.recv().await, rx_b.recv().await);
}
