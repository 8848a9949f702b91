// everyday tokio style: warehouse tasks send stock updates over mpsc; the collector uses HashMap entry and_modify/or_insert_with, BTreeMap range, retain, and prints an aligned report
use std::collections::{BTreeMap, HashMap};
use tokio::sync::mpsc;

#[derive(Debug, Clone)]
enum Update {
    Received { sku: String, qty: u32, unit_cost: f64 },
    Shipped { sku: String, qty: u32 },
}

#[derive(Debug, Default)]
struct Stock {
    qty: u32,
    value: f64,
    moves: u32,
}

async fn warehouse(id: u8, tx: mpsc::Sender<(u8, Update)>) {
    let plan: Vec<Update> = match id {
        0 => vec![
            Update::Received { sku: "bolt-m4".into(), qty: 500, unit_cost: 0.045 },
            Update::Received { sku: "nut-m4".into(), qty: 800, unit_cost: 0.012 },
            Update::Shipped { sku: "bolt-m4".into(), qty: 120 },
        ],
        1 => vec![
            Update::Received { sku: "gear-12t".into(), qty: 40, unit_cost: 3.75 },
            Update::Shipped { sku: "gear-12t".into(), qty: 40 },
            Update::Received { sku: "belt-300".into(), qty: 12, unit_cost: 11.5 },
        ],
        _ => vec![
            Update::Received { sku: "bolt-m4".into(), qty: 250, unit_cost: 0.05 },
            Update::Shipped { sku: "washer".into(), qty: 3 },
        ],
    };
    for u in plan {
        tx.send((id, u)).await.unwrap();
    }
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(2);
    let mut handles = Vec::new();
    for id in 0..3u8 {
        handles.push(tokio::spawn(warehouse(id, tx.clone())));
    }
    drop(tx);
    let mut all: Vec<(u8, Update)> = Vec::new();
    while let Some(m) = rx.recv().await {
        all.push(m);
    }
    for h in handles {
        h.await.unwrap();
    }
    // apply in a fixed order: by warehouse, keeping each warehouse's own order
    all.sort_by_key(|(id, _)| *id);
    let mut stock: HashMap<String, Stock> = HashMap::new();
    let mut problems = Vec::new();
    for (id, u) in &all {
        match u {
            Update::Received { sku, qty, unit_cost } => {
                stock
                    .entry(sku.clone())
                    .and_modify(|s| {
                        s.qty += qty;
                        s.value += *qty as f64 * unit_cost;
                        s.moves += 1;
                    })
                    .or_insert_with(|| Stock { qty: *qty, value: *qty as f64 * unit_cost, moves: 1 });
            }
            Update::Shipped { sku, qty } => match stock.get_mut(sku) {
                Some(s) if s.qty >= *qty => {
                    let avg = s.value / s.qty as f64;
                    s.qty -= qty;
                    s.value -= avg * *qty as f64;
                    s.moves += 1;
                }
                Some(s) => problems.push(format!("w{}: short on {} ({} < {})", id, sku, s.qty, qty)),
                None => problems.push(format!("w{}: unknown sku {}", id, sku)),
            },
        }
    }
    let report: BTreeMap<&String, &Stock> = stock.iter().collect();
    println!("{:<10}|{:>6}|{:>10}|{:>6}", "sku", "qty", "value", "moves");
    println!("{}", "-".repeat(35));
    for (sku, s) in &report {
        println!("{:<10}|{:>6}|{:>10.3}|{:>6}", sku, s.qty, s.value, s.moves);
    }
    let b_to_g: Vec<&&String> = report.range::<String, _>(&"b".to_string()..&"h".to_string()).map(|(k, _)| k).collect();
    println!("skus from b to h: {:?}", b_to_g);
    let total: f64 = stock.values().map(|s| s.value).sum();
    println!("total value: {:08.3}", total);
    println!("total value (exp): {:.3e}", total);
    stock.retain(|_, s| s.qty > 0);
    let mut left: Vec<_> = stock.keys().cloned().collect();
    left.sort();
    println!("in stock after retain: {}", left.join(", "));
    for p in problems {
        println!("problem: {}", p);
    }
}
