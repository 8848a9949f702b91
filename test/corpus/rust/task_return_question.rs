// A task that ends by an early `return` or by `?` drops the sender it owns, like a task that
// runs to the end: the receiver sees the channel close, and the JoinHandle gives the Result.
use tokio::sync::mpsc;

#[derive(Debug)]
enum StepError {
    TooBig(u32),
    Odd { value: u32 },
}

fn check(v: u32) -> Result<u32, StepError> {
    if v > 50 {
        return Err(StepError::TooBig(v));
    }
    if v % 2 == 1 {
        Err(StepError::Odd { value: v })
    } else {
        Ok(v / 2)
    }
}

async fn halve_all(values: Vec<u32>, tx: mpsc::Sender<u32>) -> Result<usize, StepError> {
    let mut sent = 0;
    for v in values {
        let half = check(v)?;
        tx.send(half).await.unwrap();
        sent += 1;
    }
    Ok(sent)
}

#[tokio::main]
async fn main() {
    for input in [vec![8, 12, 20], vec![4, 7, 10], vec![2, 60]] {
        let (tx, mut rx) = mpsc::channel(8);
        let task = tokio::spawn(halve_all(input.clone(), tx));
        let mut got = Vec::new();
        while let Some(v) = rx.recv().await {
            got.push(v);
        }
        println!("{:?}: received {:?}, task result {:?}", input, got, task.await.unwrap());
    }

    let (tx, mut rx) = mpsc::channel::<&str>(4);
    let early = tokio::spawn(async move {
        for word in ["keep", "going", "stop", "never"] {
            if word == "stop" {
                return 0;
            }
            tx.send(word).await.unwrap();
        }
        1
    });
    while let Some(w) = rx.recv().await {
        println!("word {}", w);
    }
    println!("early return gave {}", early.await.unwrap());
}
