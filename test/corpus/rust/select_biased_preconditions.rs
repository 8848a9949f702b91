// select! with `biased;` polls branches top to bottom, so the output is fixed even when several
// are ready; `, if cond` preconditions switch branches off; `else` runs when every branch is off.
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (high_tx, mut high_rx) = mpsc::channel::<u32>(8);
    let (low_tx, mut low_rx) = mpsc::channel::<u32>(8);
    for i in 1..=3 {
        high_tx.send(i * 100).await.unwrap();
        low_tx.send(i).await.unwrap();
    }
    drop(high_tx);
    drop(low_tx);

    let mut high_open = true;
    let mut low_open = true;
    let mut low_budget = 2;
    let mut order = Vec::new();
    loop {
        tokio::select! {
            biased;
            v = high_rx.recv(), if high_open => match v {
                Some(v) => order.push(format!("H{}", v)),
                None => high_open = false,
            },
            v = low_rx.recv(), if low_open && low_budget > 0 => match v {
                Some(v) => {
                    low_budget -= 1;
                    order.push(format!("L{}", v));
                }
                None => low_open = false,
            },
            else => {
                println!("every branch is disabled");
                break;
            }
        }
    }
    println!("order: {}", order.join(" "));
    println!("low values left unread: {:?}", low_rx.try_recv());

    let (tx, mut rx) = mpsc::unbounded_channel::<char>();
    for c in "abc".chars() {
        tx.send(c).unwrap();
    }
    let mut taken = String::new();
    let mut enabled = true;
    while enabled {
        tokio::select! {
            biased;
            Some(c) = rx.recv() => {
                taken.push(c);
                enabled = taken.len() < 2;
            }
            _ = std::future::ready(()) => break,
        }
    }
    println!("taken before switching off: {}", taken);
}
