// rust std collections docs style, std only: HashMap/BTreeMap Entry matched as Occupied/Vacant (insert, get_mut, remove on an occupied entry), or_default/or_insert_with_key/and_modify, get_mut, remove_entry, retain, HashMap printed only after sorting, max_by_key ties broken explicitly, grouping into BTreeMap<_, Vec<_>>
use std::collections::btree_map;
use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap};

fn sorted<K: Ord + Clone, V: Clone>(m: &HashMap<K, V>) -> Vec<(K, V)> {
    let mut v: Vec<(K, V)> = m.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

fn main() {
    let text = "the cat sat on the mat the end cat";
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_default() += 1;
    }
    println!("{:?}", sorted(&counts));

    let best = counts
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .unwrap();
    println!("most common: {:?}", best);

    let mut stock: HashMap<String, i32> = HashMap::new();
    let moves = [
        ("apple", 5),
        ("pear", 2),
        ("apple", -3),
        ("plum", -1),
        ("pear", -2),
        ("fig", 4),
    ];
    for (item, delta) in moves {
        match stock.entry(item.to_string()) {
            Entry::Occupied(mut e) => {
                let after = *e.get() + delta;
                if after == 0 {
                    let (k, _) = e.remove_entry();
                    println!("{} sold out, removed", k);
                } else {
                    e.insert(after);
                }
            }
            Entry::Vacant(e) => {
                if delta < 0 {
                    println!("cannot take {} from missing {}", -delta, e.key());
                } else {
                    e.insert(delta);
                }
            }
        }
    }
    println!("{:?}", sorted(&stock));

    let mut lengths: HashMap<String, usize> = HashMap::new();
    for w in ["alpha", "be", "gamma"] {
        lengths.entry(w.to_string()).or_insert_with_key(|k| k.len());
    }
    lengths
        .entry("be".into())
        .and_modify(|n| *n *= 10)
        .or_insert(0);
    lengths
        .entry("delta".into())
        .and_modify(|n| *n *= 10)
        .or_insert(0);
    if let Some(n) = lengths.get_mut("alpha") {
        *n += 100;
    }
    println!("{:?}", sorted(&lengths));
    println!(
        "{:?} {:?}",
        lengths.remove_entry("gamma"),
        lengths.remove("nope")
    );
    lengths.retain(|_, n| *n > 0);
    println!("{:?} len={}", sorted(&lengths), lengths.len());

    let mut by_len: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for w in text.split_whitespace() {
        let v = by_len.entry(w.len()).or_default();
        if !v.contains(&w) {
            v.push(w);
        }
    }
    println!("{:?}", by_len);

    let mut seats: BTreeMap<&str, u8> = BTreeMap::new();
    for (name, want) in [("ann", 2), ("bob", 1), ("ann", 1), ("cy", 3)] {
        match seats.entry(name) {
            btree_map::Entry::Vacant(v) => {
                v.insert(want);
            }
            btree_map::Entry::Occupied(mut o) => {
                *o.get_mut() += want;
                println!("{} now holds {}", o.key(), o.get());
            }
        }
    }
    println!(
        "{:?} first={:?} last={:?}",
        seats,
        seats.first_key_value(),
        seats.last_key_value()
    );

    let inverted: BTreeMap<u32, Vec<&str>> =
        counts.iter().fold(BTreeMap::new(), |mut acc, (w, c)| {
            acc.entry(*c).or_insert_with(Vec::new).push(*w);
            acc
        });
    for (c, mut words) in inverted {
        words.sort();
        println!("{} -> {}", c, words.join(","));
    }
}
