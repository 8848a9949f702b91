// everyday tokio style: validator tasks report over mpsc; main prints a summary and calls std::process::exit(3) on failures
use std::process;
use tokio::sync::mpsc;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Verdict {
    Valid,
    Invalid(String),
}

fn validate(record: &str) -> Verdict {
    let fields: Vec<&str> = record.split(',').map(str::trim).collect();
    match fields.as_slice() {
        [name, age, email] => {
            if name.is_empty() {
                return Verdict::Invalid("empty name".into());
            }
            match age.parse::<u8>() {
                Ok(a) if a >= 18 => {}
                Ok(a) => return Verdict::Invalid(format!("too young: {}", a)),
                Err(e) => return Verdict::Invalid(format!("bad age {:?}: {}", age, e)),
            }
            if !email.contains('@') {
                return Verdict::Invalid(format!("bad email {}", email));
            }
            Verdict::Valid
        }
        other => Verdict::Invalid(format!("expected 3 fields, got {}", other.len())),
    }
}

#[tokio::main]
async fn main() {
    let records = vec![
        "alice, 34, alice@example.org",
        "bob, 17, bob@example.org",
        ", 40, anon@example.org",
        "carol, forty, carol@example.org",
        "dave, 51, dave.example.org",
        "erin, 29",
        "frank, 62, frank@example.org",
    ];
    let (tx, mut rx) = mpsc::channel(8);
    for (i, r) in records.into_iter().enumerate() {
        let tx = tx.clone();
        tokio::spawn(async move {
            tx.send((i, validate(r))).await.unwrap();
        });
    }
    drop(tx);
    let mut results = Vec::new();
    while let Some(r) = rx.recv().await {
        results.push(r);
    }
    results.sort();
    let mut bad = 0;
    for (i, v) in &results {
        match v {
            Verdict::Valid => println!("record {}: ok", i),
            Verdict::Invalid(why) => {
                bad += 1;
                println!("record {}: {}", i, why);
            }
        }
    }
    println!("{} of {} records invalid", bad, results.len());
    if bad > 0 {
        eprintln!("validation failed");
        process::exit(3);
    }
    println!("all good");
}
