// tokio tests style (macros_select.rs): test bodies in sequence - select! on literal-ready futures, a loop draining two channels until else, many branches with one ready, a branch precondition read from a counter, the losing future dropped (Drop guard), select! returning a value used in arithmetic, biased with else, borrowing a future by &mut across iterations
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};
use tokio::time::sleep;

struct Guard(&'static str, mpsc::UnboundedSender<String>);
impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.1.send(format!("dropped {}", self.0));
    }
}

async fn one_ready_expr() {
    let v = tokio::select! {
        x = async { 1 } => x + 10,
    };
    println!("one_ready_expr: {}", v);
}

async fn drain_until_else() {
    let (tx1, mut rx1) = mpsc::channel(4);
    let (tx2, mut rx2) = mpsc::channel(4);
    for i in 0..3 {
        tx1.send(i).await.unwrap();
        tx2.send(i * 100).await.unwrap();
    }
    drop((tx1, tx2));
    let (mut a, mut b) = (0, 0);
    loop {
        tokio::select! {
            Some(v) = rx1.recv() => a += v,
            Some(v) = rx2.recv() => b += v,
            else => break,
        }
    }
    println!("drain_until_else: a={} b={}", a, b);
}

async fn many_branches() {
    let mut rxs = Vec::new();
    let mut txs = Vec::new();
    for _ in 0..8 {
        let (tx, rx) = oneshot::channel::<usize>();
        txs.push(Some(tx));
        rxs.push(rx);
    }
    txs[5].take().unwrap().send(5).unwrap();
    let mut it = rxs.into_iter();
    let (r0, r1, r2, r3, r4, r5, r6, r7) = (
        it.next().unwrap(),
        it.next().unwrap(),
        it.next().unwrap(),
        it.next().unwrap(),
        it.next().unwrap(),
        it.next().unwrap(),
        it.next().unwrap(),
        it.next().unwrap(),
    );
    let got = tokio::select! {
        Ok(v) = r0 => v, Ok(v) = r1 => v, Ok(v) = r2 => v, Ok(v) = r3 => v,
        Ok(v) = r4 => v, Ok(v) = r5 => v, Ok(v) = r6 => v, Ok(v) = r7 => v,
    };
    drop(txs);
    println!("many_branches: branch {} won", got);
}

async fn precondition_counter() {
    let (tx, mut rx) = mpsc::unbounded_channel();
    for i in 1..=10 {
        tx.send(i).unwrap();
    }
    let mut taken = vec![];
    let mut budget = 3;
    loop {
        tokio::select! {
            Some(v) = rx.recv(), if budget > 0 => { taken.push(v); budget -= 1; }
            else => break,
        }
    }
    println!("precondition_counter: took {:?}, {} left queued", taken, {
        let mut n = 0;
        while rx.try_recv().is_ok() {
            n += 1;
        }
        n
    });
}

async fn loser_is_dropped() {
    let (log_tx, mut log_rx) = mpsc::unbounded_channel();
    let fast = {
        let g = Guard("fast", log_tx.clone());
        async move {
            sleep(Duration::from_millis(10)).await;
            drop(g);
            "fast"
        }
    };
    let slow = {
        let g = Guard("slow", log_tx.clone());
        async move {
            sleep(Duration::from_millis(50)).await;
            let _keep = g;
            "slow"
        }
    };
    let winner = tokio::select! {
        w = fast => w,
        w = slow => w,
    };
    drop(log_tx);
    let mut log = vec![];
    while let Some(l) = log_rx.recv().await {
        log.push(l);
    }
    println!("loser_is_dropped: winner {} log {:?}", winner, log);
}

async fn biased_with_else() {
    let mut hits = [0; 3];
    let (tx, mut rx) = mpsc::channel::<u8>(8);
    for _ in 0..5 {
        tx.send(1).await.unwrap();
    }
    drop(tx);
    let mut closed = false;
    for _ in 0..8 {
        tokio::select! {
            biased;
            Some(_) = rx.recv(), if !closed => hits[0] += 1,
            _ = async {}, if hits[0] >= 5 => { hits[1] += 1; closed = true; }
            else => hits[2] += 1,
        }
    }
    println!("biased_with_else: {:?}", hits);
}

async fn borrowed_future_across_loop() {
    let deadline = sleep(Duration::from_millis(35));
    tokio::pin!(deadline);
    let mut ticks = 0;
    loop {
        tokio::select! {
            _ = &mut deadline => break,
            _ = sleep(Duration::from_millis(10)) => ticks += 1,
        }
    }
    println!(
        "borrowed_future_across_loop: {} ticks before the deadline",
        ticks
    );
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    one_ready_expr().await;
    drain_until_else().await;
    many_branches().await;
    precondition_counter().await;
    loser_is_dropped().await;
    biased_with_else().await;
    borrowed_future_across_loop().await;
}
