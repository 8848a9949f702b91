// tokio docs style: a sync main with Runtime::new().block_on, then LocalSet::run_until with spawn_local tasks sharing Rc<RefCell>
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use tokio::runtime::Runtime;
use tokio::sync::mpsc;
use tokio::task::{self, LocalSet};

fn main() {
    let rt = Runtime::new().expect("runtime");
    let sum = rt.block_on(async {
        let hs: Vec<_> = (1..=4u64).map(|i| tokio::spawn(async move { i * 100 })).collect();
        let mut s = 0;
        for h in hs {
            s += h.await.unwrap();
        }
        s
    });
    println!("multi-thread sum {}", sum);

    let registry: Rc<RefCell<BTreeMap<String, u32>>> = Rc::new(RefCell::new(BTreeMap::new()));
    let local = LocalSet::new();
    let result = rt.block_on(local.run_until(async {
        let (tx, mut rx) = mpsc::channel::<(String, u32)>(2);
        let mut handles = Vec::new();
        for name in ["x", "y", "z"] {
            let tx = tx.clone();
            handles.push(task::spawn_local(async move {
                for k in 1..=3 {
                    tx.send((name.to_string(), k)).await.unwrap();
                    task::yield_now().await;
                }
            }));
        }
        drop(tx);
        let reg = registry.clone();
        let collector = task::spawn_local(async move {
            let mut n = 0;
            while let Some((name, k)) = rx.recv().await {
                *reg.borrow_mut().entry(name).or_insert(0) += k;
                n += 1;
            }
            n
        });
        for h in handles {
            h.await.unwrap();
        }
        collector.await.unwrap()
    }));
    println!("local messages {}", result);
    println!("registry {:?} rc={}", registry.borrow(), Rc::strong_count(&registry));

    let _guard = rt.enter();
    let h = tokio::spawn(async { "spawned after enter" });
    println!("{}", rt.block_on(h).unwrap());
    drop(_guard);
    rt.shutdown_timeout(std::time::Duration::from_millis(100));
    println!("runtime shut down");
}
