// tokio docs style: acquire_owned before spawning so at most N tasks exist at a time
use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::task::JoinHandle;

async fn checksum(chunk: Vec<u8>) -> u32 {
    chunk.iter().fold(0u32, |acc, b| acc.wrapping_mul(31).wrapping_add(*b as u32))
}

#[tokio::main]
async fn main() {
    let limit = Arc::new(Semaphore::new(2));
    let data: Vec<u8> = (0..=99).collect();
    let mut handles: Vec<JoinHandle<(usize, u32)>> = Vec::new();

    for (i, chunk) in data.chunks(20).enumerate() {
        let permit = limit.clone().acquire_owned().await.unwrap();
        let chunk = chunk.to_vec();
        handles.push(tokio::spawn(async move {
            let sum = checksum(chunk).await;
            drop(permit);
            (i, sum)
        }));
    }

    for h in handles {
        let (i, sum) = h.await.unwrap();
        println!("chunk {} checksum {}", i, sum);
    }
    println!("permits back: {}", limit.available_permits());
}
