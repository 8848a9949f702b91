// A JoinSet made empty and filled by a helper taking `&mut JoinSet<String>`; port checks whose
// match arms give `Err(..)` first and `Ok(())` later, sent as a tuple over a channel
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::task::JoinSet;

fn spawn_greeters(set: &mut JoinSet<String>, names: &[&str]) {
    for (i, name) in names.iter().enumerate() {
        let name = name.to_string();
        set.spawn(async move {
            tokio::time::sleep(Duration::from_millis(20 * (i as u64 + 1))).await;
            format!("hello, {name}")
        });
    }
}

fn collect_ports(names: &mut Vec<String>, extra: &str) {
    names.push(extra.to_uppercase());
}

#[tokio::main]
async fn main() {
    let mut set = JoinSet::new();
    spawn_greeters(&mut set, &["ann", "bob", "cy"]);
    println!("spawned {}", set.len());
    while let Some(res) = set.join_next().await {
        println!("{}", res.unwrap());
    }

    let mut labels = Vec::new();
    collect_ports(&mut labels, "edge");
    collect_ports(&mut labels, "core");
    println!("{:?}", labels);

    let targets = ["web:80", "db", "cache:70000", "queue:5672"];
    let (tx, mut rx) = mpsc::channel(targets.len());
    for (i, t) in targets.iter().enumerate() {
        let tx = tx.clone();
        let t = t.to_string();
        tokio::spawn(async move {
            let check = match t.split_once(':') {
                None => Err(format!("{t}: no port")),
                Some((_, port)) => port.parse::<u16>().map(|_| ()).map_err(|e| format!("{t}: {e}")),
            };
            tx.send((i, check)).await.unwrap();
        });
    }
    drop(tx);
    let mut checks = Vec::new();
    while let Some(c) = rx.recv().await {
        checks.push(c);
    }
    checks.sort_by_key(|c| c.0);
    for (i, check) in checks {
        match check {
            Ok(()) => println!("{i} ok"),
            Err(e) => println!("{i} failed: {e}"),
        }
    }
}
