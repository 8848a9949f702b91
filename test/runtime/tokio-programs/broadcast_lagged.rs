// broadcast: capacity 3 is rounded up to 4; a receiver that falls more than 4 values behind
// gets Lagged(n) once, then the oldest value still held. Closed comes only after the last
// sender is dropped and the receiver has read everything.
use tokio::sync::broadcast;
use tokio::sync::broadcast::error::RecvError;

#[tokio::main]
async fn main() {
    let (tx, mut slow) = broadcast::channel::<u32>(3);
    let mut fast = tx.subscribe();
    println!("receivers: {}", tx.receiver_count());

    for i in 0..3 {
        tx.send(i).unwrap();
    }
    for _ in 0..3 {
        println!("fast got {:?}", fast.recv().await);
    }

    let mut fast_got = Vec::new();
    for i in 3..10 {
        let sent = tx.send(i * 10).unwrap();
        if i == 9 {
            println!("last send reached {} receivers", sent);
        }
        fast_got.push(fast.recv().await.unwrap());
    }
    println!("fast kept up: {:?}", fast_got);
    println!("not yet received: slow {}, fast {}", slow.len(), fast.len());

    loop {
        match slow.recv().await {
            Ok(v) => println!("slow got {}", v),
            Err(e @ RecvError::Lagged(_)) => println!("slow lagged: {:?} ({})", e, e),
            Err(RecvError::Closed) => unreachable!(),
        }
        if slow.is_empty() {
            break;
        }
    }
    println!("slow try_recv: {:?}", slow.try_recv());

    let handle = tokio::spawn(async move {
        let mut got = Vec::new();
        loop {
            match fast.recv().await {
                Ok(v) => got.push(v),
                Err(e) => {
                    println!("fast stops on {:?}: {}", e, e);
                    break;
                }
            }
        }
        got
    });
    tx.send(100).unwrap();
    drop(tx);
    println!("fast got the rest: {:?}", handle.await.unwrap());
    println!("slow after the sender is gone: {:?}", slow.recv().await);
    println!("then: {:?}", slow.recv().await);
    let (tx2, rx2) = broadcast::channel::<u32>(1);
    drop(rx2);
    println!("send with no receivers: {:?}", tx2.send(5));
}
