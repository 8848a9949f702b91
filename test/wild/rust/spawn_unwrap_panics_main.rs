// everyday tokio style: unwrap on a JoinHandle of a panicked task re-panics in main (exit 101)
use std::collections::HashMap;

async fn lookup(table: HashMap<&'static str, u32>, key: &'static str) -> u32 {
    *table.get(key).expect("key must exist")
}

#[tokio::main]
async fn main() {
    let mut table = HashMap::new();
    table.insert("cpu", 4);
    table.insert("mem", 16);

    let cpu = tokio::spawn(lookup(table.clone(), "cpu")).await.unwrap();
    println!("cpu = {}", cpu);

    let disk = tokio::spawn(lookup(table, "disk")).await.unwrap();
    println!("disk = {}", disk);
}
