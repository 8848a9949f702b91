// rust book ch.17 style: async blocks joined without spawning, an unbounded channel with pauses between sends, several producers
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::sleep;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded_channel::<String>();
    let tx1 = tx.clone();

    let tx1_fut = async move {
        let vals = ["hi", "from", "the", "future"];
        for v in vals {
            tx1.send(v.to_string()).unwrap();
            sleep(Duration::from_millis(500)).await;
        }
    };

    let tx_fut = async move {
        let vals = ["more", "messages", "for", "you"];
        for v in vals {
            sleep(Duration::from_millis(700)).await;
            tx.send(format!("[{}]", v)).unwrap();
        }
    };

    let rx_fut = async {
        let mut got = Vec::new();
        while let Some(value) = rx.recv().await {
            println!("received '{}'", value);
            got.push(value);
        }
        got
    };

    let start = tokio::time::Instant::now();
    let ((), (), got) = tokio::join!(tx1_fut, tx_fut, rx_fut);
    println!("{} messages in {:?}", got.len(), start.elapsed());

    let slow = async {
        sleep(Duration::from_millis(300)).await;
        "slow"
    };
    let fast = async {
        sleep(Duration::from_millis(100)).await;
        "fast"
    };
    let winner = tokio::select! {
        a = slow => a,
        b = fast => b,
    };
    println!("race winner: {}", winner);

    let futures: Vec<std::pin::Pin<Box<dyn std::future::Future<Output = u32>>>> = vec![
        Box::pin(async { 1 }),
        Box::pin(async {
            sleep(Duration::from_millis(10)).await;
            2
        }),
        Box::pin(async {
            tokio::task::yield_now().await;
            3
        }),
    ];
    let mut total = 0;
    for f in futures {
        total += f.await;
    }
    println!("sequential boxed futures total {}", total);
}
