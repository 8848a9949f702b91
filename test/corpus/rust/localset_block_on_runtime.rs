// `LocalSet::block_on(&rt, fut)` runs the future and its spawn_local tasks on a runtime built by hand, as `rt.block_on(local.run_until(fut))` does.
use std::cell::RefCell;
use std::rc::Rc;
use tokio::task::{self, LocalSet};

fn main() {
    let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let local = LocalSet::new();
    let log = Rc::new(RefCell::new(Vec::new()));
    let total = local.block_on(&rt, async {
        let mut handles = Vec::new();
        for i in 1..=3u32 {
            let log = log.clone();
            handles.push(task::spawn_local(async move {
                log.borrow_mut().push(format!("task {}", i));
                task::yield_now().await;
                i * 10
            }));
        }
        let mut sum = 0;
        for h in handles {
            sum += h.await.unwrap();
        }
        sum
    });
    println!("total {}", total);
    println!("log {:?}", log.borrow());
}
