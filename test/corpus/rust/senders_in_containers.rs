// Senders kept in a Vec or a struct field live as long as their container: removing one from
// the Vec drops it, clearing the Vec drops the rest, and dropping the struct closes its channel.
use tokio::sync::mpsc;

struct Notifier {
    name: String,
    out: mpsc::Sender<String>,
}

impl Notifier {
    async fn notify(&self, text: &str) {
        self.out.send(format!("{}: {}", self.name, text)).await.unwrap();
    }
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<usize>(8);
    let mut senders: Vec<mpsc::Sender<usize>> = (0..3).map(|_| tx.clone()).collect();
    drop(tx);

    for (i, s) in senders.iter().enumerate() {
        s.send(i * 11).await.unwrap();
    }
    let removed = senders.remove(1);
    removed.send(99).await.unwrap();
    drop(removed);
    println!("senders left in the Vec: {}", senders.len());
    for _ in 0..4 {
        print!("{} ", rx.recv().await.unwrap());
    }
    println!();
    println!("open while the Vec holds senders: {}", rx.try_recv().is_err());
    senders.clear();
    println!("after clear: {:?}", rx.recv().await);

    let (out, mut inbox) = mpsc::channel(4);
    let notifier = Notifier { name: "bell".to_string(), out };
    notifier.notify("ring").await;
    notifier.notify("ring again").await;
    let keeper = Some(notifier);
    if let Some(n) = &keeper {
        n.notify("from the Option").await;
    }
    drop(keeper);
    while let Some(line) = inbox.recv().await {
        println!("{}", line);
    }
    println!("notifier dropped, inbox closed");
}
