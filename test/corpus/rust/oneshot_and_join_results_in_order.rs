// Replies that are ready before they are awaited and replies that are not, through oneshot
// channels and join handles: each await gives its own result, in the order asked.
use tokio::sync::oneshot;

async fn square_later(n: u32, reply: oneshot::Sender<u32>) {
    tokio::task::yield_now().await;
    let _ = reply.send(n * n);
}

#[tokio::main]
async fn main() {
    let mut replies = Vec::new();
    for n in 1..=5 {
        let (tx, rx) = oneshot::channel();
        if n % 2 == 0 {
            tx.send(n * n).unwrap(); // ready before anyone awaits it
        } else {
            tokio::spawn(square_later(n, tx));
        }
        replies.push(rx);
    }
    for rx in replies {
        println!("reply {}", rx.await.unwrap());
    }

    let handles: Vec<_> = (1..=3u32).map(|k| tokio::spawn(async move { k * 100 })).collect();
    let mut total = 0;
    for h in handles {
        total += h.await.unwrap();
    }
    println!("joined total {}", total);

    let (tx, rx) = oneshot::channel::<u32>();
    drop(tx);
    println!("dropped sender gives error: {}", rx.await.is_err());
}
