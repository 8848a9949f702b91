// select! used as an expression: the chosen branch's value is bound with `let`; a branch on a
// ready oneshot beats a long sleep, a timer beats a receiver that stays empty, and a select on a
// JoinHandle returns the task's result.
use tokio::sync::{mpsc, oneshot};
use tokio::time::{sleep, Duration};

#[derive(Debug)]
enum Outcome {
    Answer(u64),
    TimedOut,
    Closed,
}

#[tokio::main]
async fn main() {
    let (tx, rx) = oneshot::channel::<u64>();
    tx.send(64).unwrap();
    let outcome = tokio::select! {
        v = rx => match v {
            Ok(n) => Outcome::Answer(n),
            Err(_) => Outcome::Closed,
        },
        _ = sleep(Duration::from_secs(5)) => Outcome::TimedOut,
    };
    println!("first: {:?}", outcome);

    let (_keep_tx, mut quiet_rx) = mpsc::channel::<u64>(1);
    let outcome = tokio::select! {
        Some(n) = quiet_rx.recv() => Outcome::Answer(n),
        _ = sleep(Duration::from_millis(50)) => Outcome::TimedOut,
    };
    println!("second: {:?}", outcome);

    let (closed_tx, mut closed_rx) = mpsc::channel::<u64>(1);
    drop(closed_tx);
    let outcome = tokio::select! {
        v = closed_rx.recv() => v.map(Outcome::Answer).unwrap_or(Outcome::Closed),
        _ = sleep(Duration::from_secs(5)) => Outcome::TimedOut,
    };
    println!("third: {:?}", outcome);

    let task = tokio::spawn(async { (1..=10u64).product::<u64>() });
    let label = tokio::select! {
        res = task => format!("factorial {}", res.unwrap()),
        _ = sleep(Duration::from_secs(5)) => String::from("too slow"),
    };
    println!("fourth: {}", label);

    let doubled = tokio::select! {
        x = async { 21 } => x * 2,
    };
    println!("fifth: {}", doubled);
}
