// tokio docs style: biased select! always polls the high-priority channel first
use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (hi_tx, mut hi_rx) = mpsc::channel::<String>(10);
    let (lo_tx, mut lo_rx) = mpsc::channel::<String>(10);

    for i in 0..3 {
        lo_tx.send(format!("low{}", i)).await.unwrap();
        hi_tx.send(format!("HIGH{}", i)).await.unwrap();
    }
    drop(hi_tx);
    drop(lo_tx);

    let mut order = Vec::new();
    let (mut hi_open, mut lo_open) = (true, true);
    while hi_open || lo_open {
        tokio::select! {
            biased;
            m = hi_rx.recv(), if hi_open => match m {
                Some(m) => order.push(m),
                None => hi_open = false,
            },
            m = lo_rx.recv(), if lo_open => match m {
                Some(m) => order.push(m),
                None => lo_open = false,
            },
        }
    }
    println!("{}", order.join(" "));
}
