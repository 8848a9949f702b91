// tokio docs style: LocalSet + spawn_local for !Send data such as Rc<RefCell<_>>
use std::cell::RefCell;
use std::rc::Rc;
use tokio::task;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let shared = Rc::new(RefCell::new(Vec::<String>::new()));
    let local = task::LocalSet::new();

    local
        .run_until(async {
            let mut handles = Vec::new();
            for i in 0..3 {
                let shared = shared.clone();
                handles.push(task::spawn_local(async move {
                    shared.borrow_mut().push(format!("local task {}", i));
                    i * 2
                }));
            }
            let mut sum = 0;
            for h in handles {
                sum += h.await.unwrap();
            }
            println!("sum of results: {}", sum);
        })
        .await;

    let mut entries = shared.borrow().clone();
    entries.sort();
    println!("{}", entries.join("; "));
    println!("rc count: {}", Rc::strong_count(&shared));
}
