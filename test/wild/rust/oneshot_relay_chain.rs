// tokio docs style: a chain of tasks, each waits on a oneshot and passes value+1 to the next
use tokio::sync::oneshot;

#[tokio::main]
async fn main() {
    let links = 50;
    let (first_tx, mut prev_rx) = oneshot::channel::<u32>();

    for _ in 0..links {
        let (tx, rx) = oneshot::channel::<u32>();
        let input = prev_rx;
        tokio::spawn(async move {
            let v = input.await.expect("previous link dropped");
            let _ = tx.send(v + 1);
        });
        prev_rx = rx;
    }

    first_tx.send(1000).unwrap();
    let out = prev_rx.await.unwrap();
    println!("value after {} links: {}", links, out);
    assert_eq!(out, 1000 + links);
}
