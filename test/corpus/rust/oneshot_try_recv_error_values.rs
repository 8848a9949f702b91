// oneshot's TryRecvError::Empty and ::Closed used as values (compared, printed), next to mpsc's of the same name.
use tokio::sync::mpsc;
use tokio::sync::oneshot::{self, error::TryRecvError};

fn main() {
    let (tx, mut rx) = oneshot::channel::<u8>();
    assert_eq!(rx.try_recv(), Err(TryRecvError::Empty));
    drop(tx);
    let expected: Result<u8, TryRecvError> = Err(TryRecvError::Closed);
    assert_eq!(rx.try_recv(), expected);
    println!("{:?} {}", expected, TryRecvError::Closed);

    let (tx, mut rx) = mpsc::unbounded_channel::<u8>();
    drop(tx);
    assert_eq!(rx.try_recv(), Err(mpsc::error::TryRecvError::Disconnected));
    println!("{:?}", mpsc::error::TryRecvError::Empty);
}
