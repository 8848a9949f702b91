// tokio docs style: RwLock read_owned/write_owned guards moved into tasks, RwLockReadGuard::map / RwLockWriteGuard::map onto one field, write downgrade
use std::sync::Arc;
use tokio::sync::{RwLock, RwLockReadGuard, RwLockWriteGuard};

#[derive(Debug, Clone)]
struct Profile {
    name: String,
    tags: Vec<String>,
    score: u32,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let lock = Arc::new(RwLock::new(Profile { name: "ada".into(), tags: vec!["math".into()], score: 10 }));

    let r1 = lock.clone().read_owned().await;
    let r2 = lock.clone().read_owned().await;
    let reader = tokio::spawn(async move {
        let len = r1.name.len() + r2.tags.len();
        (len, r1.score)
    });
    println!("two owned readers in a task: {:?}", reader.await.unwrap());

    {
        let tags = RwLockWriteGuard::map(lock.write().await, |p| &mut p.tags);
        let mut tags = tags;
        tags.push("engines".into());
        tags.push("poetry".into());
        println!("mapped write guard now holds {} tags", tags.len());
    }
    {
        let name = RwLockReadGuard::map(lock.read().await, |p| &p.name);
        println!("mapped read guard: {}", *name);
        println!("try_write while mapped read alive: {}", lock.try_write().is_ok());
    }

    let mut w = lock.clone().write_owned().await;
    let bumper = tokio::spawn(async move {
        w.score *= 3;
        w.name = w.name.to_uppercase();
        let r = w.downgrade();
        format!("{} scored {}", r.name, r.score)
    });
    println!("owned writer in a task: {}", bumper.await.unwrap());

    let snapshot: Profile = lock.read().await.clone();
    println!("{:#?}", snapshot);
    println!("try_read_owned: {:?}", lock.clone().try_read_owned().map(|g| g.score).ok());
}
