// A spawned task that panics drops the senders it owns, so the receiver sees the channel close;
// the panic message goes to stderr from the current-thread runtime's main thread, and the
// JoinHandle gives a JoinError that is_panic; main carries on and exits 0.
use tokio::sync::mpsc;

fn pick(values: &[i32], index: usize) -> i32 {
    values[index]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<i32>(8);
    let worker = tokio::spawn(async move {
        let values = vec![3, 1, 4];
        for i in 0..5 {
            let v = pick(&values, i);
            tx.send(v).await.unwrap();
        }
        "all sent"
    });

    let mut seen = Vec::new();
    loop {
        match rx.recv().await {
            Some(v) => seen.push(v),
            None => break,
        }
    }
    println!("before the channel closed: {:?}", seen);

    let outcome = worker.await;
    if let Err(err) = &outcome {
        println!("worker failed: panic={} cancelled={}", err.is_panic(), err.is_cancelled());
    }
    println!("worker returned a value: {}", outcome.is_ok());

    let (done_tx, done_rx) = tokio::sync::oneshot::channel::<()>();
    let second = tokio::spawn(async move {
        let _hold = done_tx;
        let empty: Option<u8> = None;
        empty.expect("no value in the option");
    });
    println!("oneshot after the second panic: {:?}", done_rx.await);
    println!("second join is_err: {}", second.await.is_err());
    println!("main exits normally");
}
