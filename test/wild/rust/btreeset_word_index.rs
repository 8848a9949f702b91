// rust std collections docs style (std only): an inverted index BTreeMap<String, BTreeSet<usize>> built with entry().or_default(), set intersection/union/difference for queries, first/last key, range and split_off
use std::collections::{BTreeMap, BTreeSet, HashMap};

fn main() {
    let docs = [
        "the quick brown fox",
        "the lazy dog sleeps",
        "a quick dog jumps over the lazy fox",
        "brown bread and butter",
        "Quick thinking saves the day",
    ];
    let mut index: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    let mut freq: HashMap<String, usize> = HashMap::new();
    for (id, text) in docs.iter().enumerate() {
        for word in text.split_whitespace().map(|w| w.to_lowercase()) {
            index.entry(word.clone()).or_default().insert(id);
            *freq.entry(word).or_insert(0) += 1;
        }
    }
    println!("{} distinct words", index.len());
    println!("first: {:?}", index.first_key_value());
    println!("last: {:?}", index.last_key_value().map(|(k, _)| k));
    for (w, ids) in index.range("b".to_string().."d".to_string()) {
        println!("  {w:<8} {:?}", ids);
    }

    let quick = &index["quick"];
    let lazy = &index["lazy"];
    let fox = &index["fox"];
    println!(
        "quick AND lazy: {:?}",
        quick.intersection(lazy).collect::<Vec<_>>()
    );
    println!("quick OR lazy: {:?}", quick.union(lazy).collect::<Vec<_>>());
    println!(
        "quick NOT fox: {:?}",
        quick.difference(fox).collect::<Vec<_>>()
    );
    println!(
        "fox XOR lazy: {:?}",
        fox.symmetric_difference(lazy).collect::<Vec<_>>()
    );
    println!("fox subset of quick: {}", fox.is_subset(quick));

    let all: BTreeSet<usize> = (0..docs.len()).collect();
    let with_the = &index["the"];
    println!("docs without 'the': {:?}", &all - with_the);

    let mut top: Vec<(&String, &usize)> = freq.iter().filter(|(_, &n)| n > 1).collect();
    top.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    println!("repeated words: {:?}", top);

    let mut tail = index.clone();
    let upper = tail.split_off("p");
    println!(
        "split_off at 'p': {} before, {} from p on: {:?}",
        tail.len(),
        upper.len(),
        upper.keys().collect::<Vec<_>>()
    );
    index.retain(|_, ids| ids.len() > 1);
    println!(
        "words in several docs: {:?}",
        index.keys().collect::<Vec<_>>()
    );
    if let Some(ids) = index.get_mut("dog") {
        ids.insert(99);
    }
    println!("dog now: {:?}", index.get("dog"));
    println!("pop_first: {:?}", index.pop_first());
}
