// tokio docs style: broadcast::channel, every receiver sees every value
use tokio::sync::broadcast;

#[tokio::main]
async fn main() {
    let (tx, mut rx1) = broadcast::channel(16);
    let mut rx2 = tx.subscribe();

    let a = tokio::spawn(async move {
        let x = rx1.recv().await.unwrap();
        let y = rx1.recv().await.unwrap();
        (x, y)
    });
    let b = tokio::spawn(async move {
        let x = rx2.recv().await.unwrap();
        let y = rx2.recv().await.unwrap();
        x + y
    });

    let n1 = tx.send(10).unwrap();
    let n2 = tx.send(20).unwrap();
    println!("delivered to {} then {} receivers", n1, n2);

    let (x, y) = a.await.unwrap();
    println!("rx1 got {} and {}", x, y);
    println!("rx2 sum {}", b.await.unwrap());
}
