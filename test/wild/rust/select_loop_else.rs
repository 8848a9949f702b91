// tokio docs style: select! in a loop with Some(..) patterns and an else branch once all close
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx_a, mut rx_a) = mpsc::channel::<i32>(16);
    let (tx_b, mut rx_b) = mpsc::channel::<i32>(16);

    tokio::spawn(async move {
        for i in [1, 2, 3] {
            tx_a.send(i).await.unwrap();
        }
    });
    tokio::spawn(async move {
        for i in [100, 200] {
            tx_b.send(i).await.unwrap();
        }
    });

    let mut from_a = Vec::new();
    let mut from_b = Vec::new();
    loop {
        tokio::select! {
            Some(v) = rx_a.recv() => from_a.push(v),
            Some(v) = rx_b.recv() => from_b.push(v),
            else => break,
        }
    }
    println!("a: {:?}", from_a);
    println!("b: {:?}", from_b);
    println!("total: {}", from_a.iter().chain(from_b.iter()).sum::<i32>());
}
