// tokio tests style (macros_select): select! as an expression, nested select!, tuple and enum patterns, borrowed futures polled again after a loss
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};
use tokio::time::sleep;

#[derive(Debug)]
enum Event {
    Data(u32, &'static str),
    Tick,
}

async fn delayed<T>(ms: u64, v: T) -> T {
    sleep(Duration::from_millis(ms)).await;
    v
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    // select! is an expression: each branch yields a value of the same type
    let winner = tokio::select! {
        v = delayed(30, "slow") => v,
        v = delayed(10, "fast") => v,
    };
    println!("expression result: {}", winner);

    // nested select: the inner one runs as a branch of the outer one
    let outcome = tokio::select! {
        inner = async {
            tokio::select! {
                a = delayed(20, 1u32) => ("inner-a", a),
                b = delayed(25, 2u32) => ("inner-b", b),
            }
        } => inner,
        _ = sleep(Duration::from_millis(15)) => ("outer-timeout", 0),
    };
    println!("nested: {:?}", outcome);

    // tuple patterns on the branch output
    let (tx, mut rx) = mpsc::channel::<(u8, String)>(4);
    tx.send((2, "two".into())).await.unwrap();
    tx.send((0, "zero".into())).await.unwrap();
    for _ in 0..2 {
        tokio::select! {
            Some((0, name)) = rx.recv() => println!("got zero tagged {}", name),
            _ = sleep(Duration::from_millis(5)) => println!("tuple pattern did not match, branch disabled"),
        }
    }

    // a future borrowed with &mut survives the branch it lost and can win later
    let (otx, mut orx) = oneshot::channel::<&'static str>();
    tokio::spawn(async move {
        sleep(Duration::from_millis(35)).await;
        otx.send("late reply").unwrap();
    });
    let mut polls = 0;
    let reply = loop {
        polls += 1;
        tokio::select! {
            r = &mut orx => break r.unwrap(),
            _ = sleep(Duration::from_millis(10)) => println!("poll {} still waiting", polls),
        }
    };
    println!("reply after {} rounds: {}", polls, reply);

    // enum patterns with bindings and a guard-like precondition
    let (etx, mut erx) = mpsc::unbounded_channel::<Event>();
    for e in [Event::Tick, Event::Data(7, "seven"), Event::Tick, Event::Data(9, "nine")] {
        etx.send(e).unwrap();
    }
    drop(etx);
    let mut data_seen = 0;
    let mut ticks = 0;
    loop {
        tokio::select! {
            ev = erx.recv(), if data_seen < 2 => match ev {
                Some(Event::Data(n, label)) => { data_seen += 1; println!("data {} ({})", n, label); }
                Some(Event::Tick) => ticks += 1,
                None => { println!("channel closed"); break; }
            },
            else => { println!("precondition off, else branch"); break; }
        }
    }
    println!("ticks {}, data {}", ticks, data_seen);
    let count = tokio::select! { biased; _ = async {} => 1, _ = async {} => 2 };
    println!("biased picks the first ready branch: {}", count);
}
