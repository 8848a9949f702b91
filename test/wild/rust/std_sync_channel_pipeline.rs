// Rust book ch.16 style, std only: a three-stage pipeline of threads joined by bounded sync_channel(2) links (parse -> square -> sum), move closures owning their ends, dropping senders to end each stage, errors routed on a side channel, results returned through JoinHandle
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::thread;

fn parse_stage(
    lines: Vec<&'static str>,
    out: SyncSender<i64>,
    errs: mpsc::Sender<String>,
) -> thread::JoinHandle<usize> {
    thread::spawn(move || {
        let mut ok = 0;
        for (i, line) in lines.into_iter().enumerate() {
            match line.trim().parse::<i64>() {
                Ok(n) => {
                    out.send(n).unwrap();
                    ok += 1;
                }
                Err(e) => errs
                    .send(format!("line {}: {:?} -> {}", i + 1, line, e))
                    .unwrap(),
            }
        }
        ok
    })
}

fn square_stage(input: Receiver<i64>, out: SyncSender<i64>) -> thread::JoinHandle<Option<i64>> {
    thread::spawn(move || {
        let mut largest = None;
        for n in input {
            let sq = n.checked_mul(n).expect("square fits in i64");
            largest = largest.max(Some(sq));
            out.send(sq).unwrap();
        }
        largest
    })
}

fn sum_stage(input: Receiver<i64>) -> thread::JoinHandle<(i64, usize)> {
    thread::spawn(move || input.iter().fold((0, 0), |(s, c), v| (s + v, c + 1)))
}

fn main() {
    let lines = vec!["3", " 4 ", "five", "-6", "", "1000000", "7x", "2"];
    let (tx1, rx1) = mpsc::sync_channel(2);
    let (tx2, rx2) = mpsc::sync_channel(2);
    let (etx, erx) = mpsc::channel();

    let p = parse_stage(lines, tx1, etx);
    let s = square_stage(rx1, tx2);
    let t = sum_stage(rx2);

    let parsed = p.join().unwrap();
    let largest = s.join().unwrap();
    let (sum, count) = t.join().unwrap();
    let errors: Vec<String> = erx.iter().collect();

    println!(
        "parsed {} numbers, squared {}, sum of squares {}",
        parsed, count, sum
    );
    println!("largest square: {:?}", largest);
    for e in &errors {
        println!("error {}", e);
    }

    // The same channel kind as a rendezvous: capacity 0 makes each send wait for its recv.
    let (tx, rx) = mpsc::sync_channel::<u32>(0);
    let producer = thread::spawn(move || {
        let mut sent = vec![];
        for i in 1..=4 {
            tx.send(i * 10).unwrap();
            sent.push(i * 10);
        }
        sent
    });
    let got: Vec<u32> = rx.iter().collect();
    println!(
        "rendezvous got {:?}, producer sent {:?}",
        got,
        producer.join().unwrap()
    );

    let (tx, rx) = mpsc::sync_channel::<&str>(1);
    tx.try_send("first").unwrap();
    match tx.try_send("second") {
        Err(mpsc::TrySendError::Full(v)) => println!("try_send full, kept {:?}", v),
        other => println!("unexpected {:?}", other),
    }
    drop(rx);
    match tx.send("third") {
        Err(mpsc::SendError(v)) => println!("send after receiver dropped gave back {:?}", v),
        Ok(()) => println!("unexpected ok"),
    }
}
