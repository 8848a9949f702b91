// HashMap basics (insert, get, entry().or_insert, contains_key, remove, len) with output sorted
// by key, and BTreeMap whose iteration is already ordered; word counts sent by tasks over mpsc.
use std::collections::{BTreeMap, HashMap};
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let texts = vec![
        "the cat sat on the mat",
        "the dog sat on the log",
        "a cat and a dog",
    ];
    let (tx, mut rx) = mpsc::channel::<(usize, HashMap<String, u32>)>(3);
    for (i, text) in texts.into_iter().enumerate() {
        let tx = tx.clone();
        tokio::spawn(async move {
            let mut counts = HashMap::new();
            for word in text.split_whitespace() {
                *counts.entry(word.to_string()).or_insert(0) += 1;
            }
            tx.send((i, counts)).await.unwrap();
        });
    }
    drop(tx);

    let mut total: HashMap<String, u32> = HashMap::new();
    let mut per_text = BTreeMap::new();
    while let Some((i, counts)) = rx.recv().await {
        per_text.insert(i, counts.len());
        for (word, n) in counts {
            *total.entry(word).or_insert(0) += n;
        }
    }
    for (i, distinct) in &per_text {
        println!("text {} has {} distinct words", i, distinct);
    }

    let mut words: Vec<(&String, &u32)> = total.iter().collect();
    words.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (word, n) in words.iter().take(4) {
        println!("{:<4} {}", word, n);
    }
    println!("contains 'cat': {}, get 'bird': {:?}", total.contains_key("cat"), total.get("bird"));
    let removed = total.remove("the");
    println!("removed 'the' ({:?}), {} words left", removed, total.len());

    let mut by_len: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for word in total.keys() {
        by_len.entry(word.len()).or_default().push(word.clone());
    }
    for (len, list) in by_len.iter_mut() {
        list.sort();
        println!("{} letters: {}", len, list.join(" "));
    }
    let first = by_len.keys().next().copied().unwrap_or(0);
    println!("shortest length {}", first);
}
