// everyday tokio style: validate items in a JoinSet, stop at the first failure, exit 3
use std::process;
use tokio::task::JoinSet;
use tokio::time::{sleep, Duration};

#[derive(Debug)]
struct Item {
    id: u32,
    qty: i32,
}

async fn validate(item: Item) -> Result<u32, String> {
    sleep(Duration::from_millis(item.id as u64 * 10)).await;
    if item.qty < 0 {
        Err(format!("item {} has negative quantity {}", item.id, item.qty))
    } else {
        Ok(item.id)
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let items = vec![
        Item { id: 1, qty: 5 },
        Item { id: 2, qty: 0 },
        Item { id: 3, qty: -4 },
        Item { id: 4, qty: 9 },
    ];
    let mut set = JoinSet::new();
    for it in items {
        set.spawn(validate(it));
    }
    while let Some(res) = set.join_next().await {
        match res.expect("validator panicked") {
            Ok(id) => println!("item {} ok", id),
            Err(msg) => {
                eprintln!("validation failed: {}", msg);
                println!("aborting with {} validator(s) still running", set.len());
                process::exit(3);
            }
        }
    }
    println!("all valid");
}
