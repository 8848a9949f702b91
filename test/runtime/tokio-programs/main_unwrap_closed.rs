// main unwraps the result of a send on a channel whose receiver is gone: a panic in main
// ends the program with exit code 101.
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel::<u32>(1);
    tx.send(1).await.unwrap();
    println!("first send ok");
    drop(rx);
    println!("receiver dropped; sending again");
    tx.send(2).await.unwrap();
    println!("never printed");
}
