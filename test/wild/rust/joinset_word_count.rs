// tokio docs style: JoinSet spawns one counting task per document, join_next merges into a BTreeMap
use std::collections::{BTreeMap, HashMap};
use tokio::task::JoinSet;

fn count_words(text: &str) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for w in text.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        if !w.is_empty() {
            *m.entry(w).or_default() += 1;
        }
    }
    m
}

#[tokio::main]
async fn main() {
    let docs = vec![
        ("a.txt", "The cat sat on the mat."),
        ("b.txt", "A dog, a cat, and the bird!"),
        ("c.txt", "mat mat MAT"),
        ("d.txt", ""),
        ("e.txt", "Bird watching: the best hobby"),
    ];
    let mut set = JoinSet::new();
    for (name, text) in docs {
        set.spawn(async move {
            tokio::task::yield_now().await;
            (name, count_words(text))
        });
    }
    println!("spawned {}", set.len());

    let mut totals: BTreeMap<String, usize> = BTreeMap::new();
    let mut per_doc: Vec<(&str, usize)> = Vec::new();
    while let Some(res) = set.join_next().await {
        let (name, counts) = res.expect("task failed");
        per_doc.push((name, counts.values().sum()));
        for (w, c) in counts {
            *totals.entry(w).or_insert(0) += c;
        }
    }
    per_doc.sort();
    for (name, n) in &per_doc {
        println!("{:>6}: {} words", name, n);
    }
    println!("distinct {}", totals.len());
    let mut top: Vec<(&String, &usize)> = totals.iter().collect();
    top.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (w, c) in top.iter().take(4) {
        println!("{:<6}{:>3}", w, c);
    }
    let range: Vec<_> = totals.range("b".to_string().."d".to_string()).map(|(k, _)| k.as_str()).collect();
    println!("b..d {:?}", range);
    println!("set empty {} next {:?}", set.is_empty(), set.join_next().await.is_none());
}
