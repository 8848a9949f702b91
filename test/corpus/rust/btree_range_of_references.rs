// `BTreeMap::range(&a..&b)` with borrowed `String` bounds (also `..=` and open ends), and a `Vec` of `JoinHandle<()>` from spawning an `async fn` that returns nothing
use std::collections::BTreeMap;
use tokio::sync::mpsc;

async fn stock(tx: mpsc::Sender<(String, u32)>, name: &'static str, qty: u32) {
    tx.send((name.to_string(), qty)).await.unwrap();
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel(8);
    let mut handles = Vec::new();
    for (name, qty) in [("apple", 3), ("banana", 5), ("cherry", 7), ("grape", 2), ("kiwi", 9)] {
        handles.push(tokio::spawn(stock(tx.clone(), name, qty)));
    }
    drop(tx);
    for h in handles {
        h.await.unwrap();
    }
    let mut shelf = BTreeMap::new();
    while let Some((name, qty)) = rx.recv().await {
        shelf.insert(name, qty);
    }

    let from = "b".to_string();
    let to = "h".to_string();
    let middle: Vec<&String> = shelf.range::<String, _>(&from..&to).map(|(k, _)| k).collect();
    println!("from b to h: {:?}", middle);
    let upto: u32 = shelf.range::<String, _>(&"banana".to_string()..=&"grape".to_string()).map(|(_, q)| q).sum();
    println!("banana..=grape holds {}", upto);
    let tail: Vec<_> = shelf.range::<String, _>(&to..).collect();
    println!("from h: {:?}", tail);
}
