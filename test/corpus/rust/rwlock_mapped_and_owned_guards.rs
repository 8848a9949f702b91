// tokio RwLock: RwLockWriteGuard::map narrows a write lock to one field (pushes through it, the lock held until it is dropped), RwLockReadGuard::map to another, owned read/write guards moved into tasks, try_read_owned and try_write_owned while a guard lives and after
use std::sync::Arc;
use tokio::sync::{RwLock, RwLockMappedWriteGuard, RwLockReadGuard, RwLockWriteGuard};

struct Inventory {
    items: Vec<&'static str>,
    owner: String,
}

async fn items_of(lock: &RwLock<Inventory>) -> RwLockMappedWriteGuard<'_, Vec<&'static str>> {
    RwLockWriteGuard::map(lock.write().await, |inv| &mut inv.items)
}

#[tokio::main]
async fn main() {
    let lock = Arc::new(RwLock::new(Inventory { items: vec!["apple"], owner: "kim".to_string() }));

    {
        let mut items = items_of(&lock).await;
        items.push("pear");
        items.push("fig");
        println!("mapped write: {} items, try_read: {}", items.len(), lock.try_read().is_ok());
    }
    {
        let owner = RwLockReadGuard::map(lock.read().await, |inv| &inv.owner);
        println!("mapped read: {}, try_write: {}", *owner, lock.try_write().is_ok());
        println!("second reader: {}", lock.try_read().is_ok());
    }

    let reader = lock.clone().read_owned().await;
    let task = tokio::spawn(async move { reader.items.join("+") });
    println!("owned read guard in a task: {}", task.await.unwrap());

    let mut writer = lock.clone().write_owned().await;
    println!("try_read_owned while written: {}", lock.clone().try_read_owned().is_err());
    let task = tokio::spawn(async move {
        writer.owner.push_str("-admin");
        writer.items.retain(|i| *i != "fig");
        writer.items.len()
    });
    println!("owned write guard in a task left {} items", task.await.unwrap());

    let guard = lock.clone().try_write_owned().expect("free again");
    println!("try_write_owned: {} owns {:?}", guard.owner, guard.items);
}
