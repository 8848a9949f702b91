// Iterator chains over data received from a channel: filter_map with parse().ok(), fold into a
// tuple, zip, enumerate, skip/take, rev, chain, flat_map, take_while/skip_while, min_by_key,
// position, count, last, product, and collect into String and Vec<(usize, &str)>.
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded_channel::<String>();
    let feeder = tokio::spawn(async move {
        for record in ["bolt:12:0.25", "nut:x:0.10", "gear:3:4.50", "washer:40:0.05", "spring:7", "cog:5:2.00"] {
            tx.send(record.to_string()).unwrap();
        }
    });
    feeder.await.unwrap();
    let mut records = Vec::new();
    while let Some(r) = rx.recv().await {
        records.push(r);
    }

    let items: Vec<(String, u32, f64)> = records
        .iter()
        .filter_map(|r| {
            let mut fields = r.split(':');
            let name = fields.next()?.to_string();
            let qty = fields.next()?.parse::<u32>().ok()?;
            let price = fields.next()?.parse::<f64>().ok()?;
            Some((name, qty, price))
        })
        .collect();
    println!("valid items: {} of {}", items.len(), records.len());

    let (units, value) = items.iter().fold((0u32, 0.0f64), |(u, v), (_, q, p)| (u + q, v + *q as f64 * p));
    println!("units {} worth {:.2}", units, value);

    let names: Vec<&str> = items.iter().map(|(n, _, _)| n.as_str()).collect();
    let numbered: Vec<(usize, &str)> = names.iter().copied().enumerate().map(|(i, n)| (i + 1, n)).collect();
    println!("numbered: {:?}", numbered);
    let pairs: Vec<String> = names.iter().zip(names.iter().skip(1)).map(|(a, b)| format!("{}<{}", a, b)).collect();
    println!("neighbours: {}", pairs.join(", "));
    let initials: String = names.iter().filter_map(|n| n.chars().next()).rev().collect();
    println!("initials reversed: {}", initials);
    let cheapest = items.iter().min_by_key(|(_, _, p)| (p * 100.0) as u32).map(|(n, _, _)| n.clone());
    println!("cheapest: {:?}", cheapest);
    let small_first: Vec<u32> = items.iter().map(|(_, q, _)| *q).take_while(|q| *q < 40).collect();
    let after_big: Vec<u32> = items.iter().map(|(_, q, _)| *q).skip_while(|q| *q < 40).collect();
    println!("before the big order {:?}, from it {:?}", small_first, after_big);
    let letters = names.iter().flat_map(|n| n.chars()).filter(|c| "aeiou".contains(*c)).count();
    println!("vowels in names: {}", letters);
    let everything: Vec<u32> = (1..=2).chain(items.iter().map(|(_, q, _)| *q)).collect();
    println!("chained: {:?}, product of first three: {}", everything, everything.iter().take(3).product::<u32>());
    println!("gear at {:?}, last name {:?}", names.iter().position(|n| *n == "gear"), names.last());
}
