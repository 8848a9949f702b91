// broadcast fan-out: every subscriber gets every value sent after it subscribed; a subscriber
// created late misses earlier values; each subscriber ends with Closed when the sender and its
// clones are dropped; results come back through JoinHandles in spawn order.
use tokio::sync::broadcast;

#[derive(Debug, Clone)]
enum Event {
    Price { symbol: String, cents: u32 },
    Halt(String),
}

#[tokio::main]
async fn main() {
    let (tx, _) = broadcast::channel::<Event>(16);
    let mut subscribers = Vec::new();
    for name in ["audit", "trader"] {
        let mut rx = tx.subscribe();
        subscribers.push(tokio::spawn(async move {
            let mut lines = Vec::new();
            while let Ok(event) = rx.recv().await {
                let line = match event {
                    Event::Price { symbol, cents } if cents >= 10_000 => format!("{} {} high {}", name, symbol, cents),
                    Event::Price { symbol, cents } => format!("{} {} {}", name, symbol, cents),
                    Event::Halt(reason) => format!("{} halt: {}", name, reason),
                };
                lines.push(line);
            }
            lines
        }));
    }
    println!("receivers: {}", tx.receiver_count());

    let tx2 = tx.clone();
    tx.send(Event::Price { symbol: "ABC".to_string(), cents: 12_550 }).unwrap();
    let mut late = tx.subscribe();
    tx2.send(Event::Price { symbol: "XYZ".to_string(), cents: 990 }).unwrap();
    tx.send(Event::Halt("end of day".to_string())).unwrap();
    drop(tx);
    drop(tx2);

    for handle in subscribers {
        for line in handle.await.unwrap() {
            println!("{}", line);
        }
    }
    let mut late_seen = Vec::new();
    loop {
        match late.recv().await {
            Ok(e) => late_seen.push(e),
            Err(e) => {
                println!("late subscriber: {:?} then {}", late_seen, e);
                break;
            }
        }
    }
    let (lonely_tx, _) = broadcast::channel::<u8>(1);
    let err = lonely_tx.send(1).unwrap_err();
    println!("send with no receivers: {:?} / {}", err, err);
}
