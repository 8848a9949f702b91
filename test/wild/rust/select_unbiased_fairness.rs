// tokio tests style (macros_select): without `biased;` select! picks among ready branches at random, so two always-ready channels both get served; with biased; only the first one does
use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx_a, mut rx_a) = mpsc::unbounded_channel::<u32>();
    let (tx_b, mut rx_b) = mpsc::unbounded_channel::<u32>();
    for i in 0..2000 {
        tx_a.send(i).unwrap();
        tx_b.send(i).unwrap();
    }

    let (mut from_a, mut from_b) = (0, 0);
    for _ in 0..1000 {
        tokio::select! {
            Some(_) = rx_a.recv() => from_a += 1,
            Some(_) = rx_b.recv() => from_b += 1,
        }
    }
    println!("unbiased: total {}", from_a + from_b);
    println!(
        "unbiased: both branches chosen often: {}",
        from_a > 300 && from_b > 300
    );

    let (mut first, mut second) = (0, 0);
    for _ in 0..500 {
        tokio::select! {
            biased;
            Some(_) = rx_a.recv() => first += 1,
            Some(_) = rx_b.recv() => second += 1,
        }
    }
    println!("biased: first={} second={}", first, second);

    // The unbiased loop drained about half of each queue, so what is left adds up.
    drop(tx_a);
    drop(tx_b);
    let mut left = 0;
    while let Some(_) = rx_a.recv().await {
        left += 1;
    }
    while let Some(_) = rx_b.recv().await {
        left += 1;
    }
    println!("left in queues: {}", left);
}
