// tokio docs style: RwLock many readers or one writer, try_write while read, downgrade
use std::sync::Arc;
use tokio::sync::RwLock;

#[tokio::main]
async fn main() {
    let lock = Arc::new(RwLock::new(5));

    {
        let r1 = lock.read().await;
        let r2 = lock.read().await;
        assert_eq!(*r1 + *r2, 10);
        println!("two readers see {} and {}", *r1, *r2);
        println!("try_write while reading: {}", lock.try_write().is_err());
    }

    {
        let mut w = lock.write().await;
        *w += 1;
        println!("try_read while writing: {}", lock.try_read().is_err());
        let r = w.downgrade();
        println!("downgraded reader sees {}", *r);
        println!("another reader allowed: {}", lock.try_read().is_ok());
    }

    let mut readers = Vec::new();
    for i in 0..4 {
        let lock = lock.clone();
        readers.push(tokio::spawn(async move { *lock.read().await * i }));
    }
    let mut out = Vec::new();
    for r in readers {
        out.push(r.await.unwrap());
    }
    println!("reader results {:?}", out);
}
