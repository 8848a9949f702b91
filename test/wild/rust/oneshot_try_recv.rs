// tokio tests style: sync_oneshot try_recv before send, after send, and after close
use tokio::sync::oneshot::{self, error::TryRecvError};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = oneshot::channel::<String>();
    assert_eq!(rx.try_recv(), Err(TryRecvError::Empty));

    tx.send("hello".to_owned()).unwrap();
    assert_eq!(rx.try_recv(), Ok("hello".to_owned()));
    // value has been taken; the channel is now spent
    assert_eq!(rx.try_recv(), Err(TryRecvError::Closed));

    let (tx2, mut rx2) = oneshot::channel::<String>();
    rx2.close();
    let back = tx2.send("late".into());
    println!("send after close returned {:?}", back);
    assert_eq!(rx2.try_recv(), Err(TryRecvError::Closed));

    let (tx3, mut rx3) = oneshot::channel::<i32>();
    drop(tx3);
    println!("dropped sender -> {:?}", rx3.try_recv());
    println!("ok");
}
