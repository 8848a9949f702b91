// `.collect()` as the tail of a function whose return type is a `BTreeMap`, a `HashMap` or a `BTreeSet` builds that collection (lookups with `get`, `[key]`, `contains`)
use std::collections::{BTreeMap, BTreeSet, HashMap};

fn parse_pairs(text: &str) -> BTreeMap<String, u32> {
    text.split(',')
        .filter_map(|item| item.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().parse().unwrap()))
        .collect()
}

fn lengths(words: &[&str]) -> HashMap<String, usize> {
    words.iter().map(|w| (w.to_string(), w.len())).collect()
}

fn distinct_lengths(words: &[&str]) -> BTreeSet<usize> {
    words.iter().map(|w| w.len()).collect()
}

fn main() {
    let stock = parse_pairs("pears: 4, apples: 10, figs: 0");
    for (fruit, n) in &stock {
        println!("{fruit:>7} {n}");
    }
    println!("apples={} plums={:?}", stock["apples"], stock.get("plums"));

    let words = ["kiwi", "banana", "kiwi", "apple"];
    let lens = lengths(&words);
    println!("{} distinct, banana has {}", lens.len(), lens["banana"]);
    let sizes = distinct_lengths(&words);
    println!("{:?} has 5: {}", sizes, sizes.contains(&5));
}
