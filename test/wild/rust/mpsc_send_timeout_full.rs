// tokio docs style: Sender::send_timeout on a full channel under paused time, SendTimeoutError::Timeout vs Closed, both handing the value back
use std::time::Duration;
use tokio::sync::mpsc::{self, error::SendTimeoutError};
use tokio::time::{sleep, Instant};

#[derive(Debug)]
struct Reading {
    sensor: u8,
    value: f32,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<Reading>(2);

    let consumer = tokio::spawn(async move {
        let mut got = Vec::new();
        sleep(Duration::from_millis(250)).await;
        while let Some(r) = rx.recv().await {
            got.push(r.sensor);
            sleep(Duration::from_millis(120)).await;
            if got.len() == 3 {
                break;
            }
        }
        got
    });

    let mut dropped = Vec::new();
    for i in 0..7u8 {
        let r = Reading { sensor: i, value: i as f32 * 1.5 };
        match tx.send_timeout(r, Duration::from_millis(100)).await {
            Ok(()) => println!("t={:>4}ms sent {}", start.elapsed().as_millis(), i),
            Err(SendTimeoutError::Timeout(r)) => {
                println!("t={:>4}ms timeout, giving back sensor {} ({:.1})", start.elapsed().as_millis(), r.sensor, r.value);
                dropped.push(r.sensor);
            }
            Err(SendTimeoutError::Closed(r)) => {
                println!("t={:>4}ms closed, value {:?}", start.elapsed().as_millis(), r);
            }
        }
    }
    let got = consumer.await.unwrap();
    println!("consumer got {:?}", got);
    println!("dropped {:?}", dropped);
    let last = Reading { sensor: 99, value: 0.25 };
    match tx.send_timeout(last, Duration::from_secs(1)).await {
        Err(e @ SendTimeoutError::Closed(_)) => {
            println!("after consumer left: {}", e);
            if let SendTimeoutError::Closed(r) = e {
                println!("recovered: {:?}", r);
            }
        }
        other => println!("unexpected: {:?}", other.is_ok()),
    }
    println!("elapsed total: {:?}", start.elapsed());
}
