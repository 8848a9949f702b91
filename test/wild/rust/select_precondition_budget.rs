// tokio docs style: select! branch preconditions disable a branch once its quota is used
use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded_channel::<u32>();
    for i in 0..20 {
        tx.send(i).unwrap();
    }
    drop(tx);

    let mut budget = 5;
    let mut taken = Vec::new();
    let mut ticks = 0;
    loop {
        tokio::select! {
            biased;
            Some(v) = rx.recv(), if budget > 0 => {
                budget -= 1;
                taken.push(v);
            }
            _ = tokio::task::yield_now() => {
                ticks += 1;
                if ticks == 3 {
                    break;
                }
            }
        }
    }
    println!("taken {:?}", taken);
    println!("yield branch ran {} times", ticks);
    let mut rest = 0;
    while rx.recv().await.is_some() {
        rest += 1;
    }
    println!("left in channel {}", rest);
}
