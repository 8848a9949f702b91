// tokio docs style: MutexGuard::map narrows a guard to one field of the protected struct
use tokio::sync::{Mutex, MutexGuard, MappedMutexGuard};

#[derive(Debug)]
struct Inventory {
    apples: u32,
    pears: u32,
}

fn apples(g: MutexGuard<'_, Inventory>) -> MappedMutexGuard<'_, u32> {
    MutexGuard::map(g, |inv| &mut inv.apples)
}

#[tokio::main]
async fn main() {
    let inv = Mutex::new(Inventory { apples: 3, pears: 7 });

    {
        let mut a = apples(inv.lock().await);
        *a += 10;
    }
    {
        let mut g = inv.lock().await;
        g.pears -= 2;
    }
    let g = inv.lock().await;
    println!("{:?}", *g);
    println!("fruit total {}", g.apples + g.pears);
}
