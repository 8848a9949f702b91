// tokio docs style: a broadcast event bus carrying an enum; subscribers filter by match, a slow one handles RecvError::Lagged
use tokio::sync::broadcast::{self, error::RecvError};
use tokio::sync::mpsc;

#[derive(Debug, Clone)]
enum Event {
    Login(String),
    Logout(String),
    Tick(u32),
    Shutdown,
}

async fn auditor(mut rx: broadcast::Receiver<Event>) -> String {
    let mut sessions: Vec<String> = Vec::new();
    loop {
        match rx.recv().await {
            Ok(Event::Login(u)) => sessions.push(u),
            Ok(Event::Logout(u)) => sessions.retain(|s| *s != u),
            Ok(Event::Shutdown) | Err(RecvError::Closed) => break,
            Ok(Event::Tick(_)) => {}
            Err(RecvError::Lagged(n)) => sessions.push(format!("<lost {}>", n)),
        }
    }
    format!("auditor open sessions {:?}", sessions)
}

async fn slow_counter(mut rx: broadcast::Receiver<Event>, gate: mpsc::Receiver<()>) -> String {
    let mut gate = gate;
    gate.recv().await;
    let mut ticks = Vec::new();
    let mut lagged = 0;
    loop {
        match rx.recv().await {
            Ok(Event::Tick(n)) => ticks.push(n),
            Ok(Event::Shutdown) => break,
            Ok(_) => {}
            Err(RecvError::Lagged(n)) => lagged += n,
            Err(RecvError::Closed) => break,
        }
    }
    format!("slow counter lagged {} saw ticks {:?}", lagged, ticks)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, _) = broadcast::channel::<Event>(4);
    let (gate_tx, gate_rx) = mpsc::channel(1);
    let a = tokio::spawn(auditor(tx.subscribe()));
    let s = tokio::spawn(slow_counter(tx.subscribe(), gate_rx));

    let events = vec![
        Event::Login("ann".into()),
        Event::Tick(1),
        Event::Login("bob".into()),
        Event::Tick(2),
        Event::Logout("ann".into()),
        Event::Tick(3),
        Event::Tick(4),
        Event::Login("cy".into()),
        Event::Tick(5),
    ];
    for ev in events {
        let n = tx.send(ev).unwrap();
        assert_eq!(n, 2);
        tokio::task::yield_now().await;
    }
    gate_tx.send(()).await.unwrap();
    tx.send(Event::Tick(6)).unwrap();
    tx.send(Event::Shutdown).unwrap();
    println!("{}", a.await.unwrap());
    println!("{}", s.await.unwrap());
    println!("late subscriber gets {:?}", tx.subscribe().try_recv().is_err());
}
