// tokio docs style (broadcast): one publisher, six subscribers each computing a different statistic of the same stream and replying through a oneshot; a subscriber created mid-stream only sees later values
use std::collections::BTreeMap;
use tokio::sync::{broadcast, oneshot};

#[derive(Clone, Debug)]
enum Msg {
    Reading(i64),
    Done,
}

type Stat = fn(&[i64]) -> String;

#[tokio::main]
async fn main() {
    let (tx, _) = broadcast::channel::<Msg>(64);
    let stats: Vec<(&str, Stat)> = vec![
        ("count", |v| v.len().to_string()),
        ("sum", |v| v.iter().sum::<i64>().to_string()),
        ("min", |v| {
            v.iter().min().map_or("-".into(), |m| m.to_string())
        }),
        ("max", |v| {
            v.iter().max().map_or("-".into(), |m| m.to_string())
        }),
        ("mean", |v| {
            format!("{:.3}", v.iter().sum::<i64>() as f64 / v.len() as f64)
        }),
        ("evens", |v| {
            format!("{:?}", v.iter().filter(|x| *x % 2 == 0).collect::<Vec<_>>())
        }),
    ];

    let mut replies = Vec::new();
    for (name, stat) in stats {
        let mut rx = tx.subscribe();
        let (done_tx, done_rx) = oneshot::channel();
        replies.push(done_rx);
        tokio::spawn(async move {
            let mut seen = Vec::new();
            loop {
                match rx.recv().await {
                    Ok(Msg::Reading(v)) => seen.push(v),
                    Ok(Msg::Done) | Err(broadcast::error::RecvError::Closed) => break,
                    Err(broadcast::error::RecvError::Lagged(n)) => panic!("lagged by {n}"),
                }
            }
            let _ = done_tx.send((name, stat(&seen)));
        });
    }
    println!("subscribers: {}", tx.receiver_count());

    let readings = [17, -4, 22, 9, 30, 5, 12, -8, 41, 6];
    for (i, r) in readings.iter().enumerate() {
        if i == 6 {
            let mut late = tx.subscribe();
            let (late_tx, late_rx) = oneshot::channel();
            replies.push(late_rx);
            tokio::spawn(async move {
                let mut seen = Vec::new();
                while let Ok(Msg::Reading(v)) = late.recv().await {
                    seen.push(v);
                }
                let _ = late_tx.send(("late-joiner", format!("{:?}", seen)));
            });
        }
        tx.send(Msg::Reading(*r)).unwrap();
    }
    let delivered = tx.send(Msg::Done).unwrap();
    println!("Done delivered to {} receivers", delivered);

    let mut results = BTreeMap::new();
    for r in replies {
        let (name, value) = r.await.unwrap();
        results.insert(name, value);
    }
    for (name, value) in &results {
        println!("{:>12}: {}", name, value);
    }
    drop(tx);
}
