// Counting words into a HashMap made without a type (Rust learns it from the function's return
// type), trimming punctuation with a closure, then reading a key range of a BTreeMap.
use std::collections::{BTreeMap, HashMap};

fn tally(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for raw in text.split_whitespace() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        if !word.is_empty() {
            *counts.entry(word).or_default() += 1;
        }
    }
    counts
}

fn main() {
    let counts = tally("Red fish, blue fish; old fish... new FISH!");
    let total: usize = counts.values().sum();
    let sorted: BTreeMap<String, usize> = counts.into_iter().collect();
    println!("total {} sorted {:?}", total, sorted);
    let middle: Vec<&str> = sorted.range("b".to_string().."o".to_string()).map(|(k, _)| k.as_str()).collect();
    println!("from b up to o {:?}", middle);
    let upto: Vec<(&String, &usize)> = sorted.range(.."n".to_string()).collect();
    println!("before n {:?}", upto);
}
