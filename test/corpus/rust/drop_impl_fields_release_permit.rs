// A struct with its own Drop impl still drops its fields afterwards: the OwnedSemaphorePermit it holds goes back to the semaphore; a `self: &Arc<Self>` method named `get` hands such a guard out.
use std::sync::{Arc, Mutex};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

struct Limiter {
    sem: Arc<Semaphore>,
    log: Mutex<Vec<String>>,
}

struct Ticket {
    id: u32,
    owner: Arc<Limiter>,
    _permit: OwnedSemaphorePermit,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        self.owner.log.lock().unwrap().push(format!("ticket {} returned", self.id));
    }
}

impl Limiter {
    async fn get(self: &Arc<Self>, id: u32) -> Ticket {
        let permit = self.sem.clone().acquire_owned().await.unwrap();
        Ticket { id, owner: self.clone(), _permit: permit }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let limiter = Arc::new(Limiter { sem: Arc::new(Semaphore::new(2)), log: Mutex::new(Vec::new()) });
    let mut tasks = Vec::new();
    for id in 0..4 {
        let limiter = limiter.clone();
        tasks.push(tokio::spawn(async move {
            let ticket = limiter.get(id).await;
            tokio::task::yield_now().await;
            println!("task {} holds ticket {}", id, ticket.id);
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    println!("available {}", limiter.sem.available_permits());
    let held = limiter.get(9).await;
    println!("while held {}", limiter.sem.available_permits());
    drop(held);
    println!("after drop {}", limiter.sem.available_permits());
    println!("strong count {}", Arc::strong_count(&limiter));
    for line in limiter.log.lock().unwrap().iter() {
        println!("{}", line);
    }
}
