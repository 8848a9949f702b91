// tokio docs style: acquire_many for weighted work, forget to shrink the pool permanently
use tokio::sync::Semaphore;

struct Job {
    name: &'static str,
    weight: u32,
}

#[tokio::main]
async fn main() {
    let pool = Semaphore::new(10);
    let jobs = [
        Job { name: "resize", weight: 4 },
        Job { name: "encode", weight: 5 },
        Job { name: "upload", weight: 2 },
    ];

    for job in &jobs {
        match pool.try_acquire_many(job.weight) {
            Ok(permit) => {
                println!("{} runs with {} units, {} left", job.name, job.weight, pool.available_permits());
                permit.forget();
            }
            Err(e) => println!("{} cannot run: {}", job.name, e),
        }
    }
    println!("pool after forgetting: {}", pool.available_permits());

    pool.add_permits(9);
    let big = pool.acquire_many(10).await.unwrap();
    println!("big job holds 10, left {}", pool.available_permits());
    drop(big);
    println!("released, left {}", pool.available_permits());
}
