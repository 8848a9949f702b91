// tokio docs style: bridge sync code to async, std threads push into an UnboundedSender
use std::thread;
use tokio::sync::mpsc;

#[derive(Debug)]
enum Reading {
    Temp { sensor: u8, celsius: f32 },
    Fault(u8),
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded_channel::<Reading>();

    let threads: Vec<_> = (1..=3u8)
        .map(|sensor| {
            let tx = tx.clone();
            thread::spawn(move || {
                for k in 0..2 {
                    let r = if sensor == 2 && k == 1 {
                        Reading::Fault(sensor)
                    } else {
                        Reading::Temp { sensor, celsius: 20.0 + sensor as f32 * 1.5 + k as f32 }
                    };
                    tx.send(r).unwrap();
                }
            })
        })
        .collect();
    drop(tx);

    let mut temps = Vec::new();
    let mut faults = Vec::new();
    while let Some(r) = rx.recv().await {
        match r {
            Reading::Temp { sensor, celsius } => temps.push((sensor, celsius)),
            Reading::Fault(s) => faults.push(s),
        }
    }
    for t in threads {
        t.join().unwrap();
    }
    temps.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let avg = temps.iter().map(|(_, c)| c).sum::<f32>() / temps.len() as f32;
    println!("temps: {:?}", temps);
    println!("faults from sensors {:?}", faults);
    println!("average {:.2}", avg);
}
