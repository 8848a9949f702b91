// tokio RwLock: RwLockWriteGuard::downgrade keeps the lock for reading and lets readers in, with_max_readers caps readers; std RwLock write guard through entry().or_insert()
use std::collections::BTreeMap;
use std::sync::Arc;
use tokio::sync::RwLock;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let lock = Arc::new(RwLock::new(vec![1, 2]));
    {
        let mut w = lock.write().await;
        w.push(3);
        println!("read while writing: {}", lock.try_read().is_ok());
        let r = w.downgrade();
        println!("downgraded sees {:?}", *r);
        println!("read after downgrade: {}", lock.try_read().is_ok());
        println!("write after downgrade: {}", lock.try_write().is_ok());
    }
    println!("write once all dropped: {}", lock.try_write().is_ok());

    let capped = RwLock::with_max_readers(10, 2);
    let a = capped.read().await;
    let b = capped.read().await;
    println!("third reader: {}", capped.try_read().is_ok());
    drop(a);
    println!("after one left: {}", capped.try_read().is_ok());
    drop(b);

    let config = std::sync::RwLock::new(BTreeMap::<&str, u32>::new());
    for word in ["b", "a", "b", "c", "b"] {
        let mut w = config.write().unwrap();
        *w.entry(word).or_insert(0) += 1;
    }
    println!("{:?}", *config.read().unwrap());
}
