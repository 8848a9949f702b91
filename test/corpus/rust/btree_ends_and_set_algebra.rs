// BTreeMap ends (first_key_value, last_key_value, pop_first, pop_last, split_off) and set algebra on BTreeSet and HashSet (intersection, union, difference, symmetric_difference, &a - &b, |, &, ^, is_subset, is_superset, is_disjoint)
use std::collections::{BTreeMap, BTreeSet, HashSet};

fn main() {
    let mut stock: BTreeMap<u32, &str> = BTreeMap::new();
    for (id, name) in [(40, "lamp"), (7, "desk"), (23, "chair"), (91, "shelf"), (55, "rug")] {
        stock.insert(id, name);
    }
    println!("first {:?} last {:?}", stock.first_key_value(), stock.last_key_value());
    let empty: BTreeMap<u32, u32> = BTreeMap::new();
    println!("empty first {:?}", empty.first_key_value());
    let high = stock.split_off(&40);
    println!("low {:?} high {:?}", stock, high);
    let mut queue = high;
    while let Some((id, name)) = queue.pop_first() {
        println!("took {} {}", id, name);
        if let Some((last, _)) = queue.pop_last() {
            println!("  and dropped {}", last);
        }
    }
    println!("queue left {}", queue.len());

    let evens: BTreeSet<i32> = (0..12).filter(|n| n % 2 == 0).collect();
    let triples: BTreeSet<i32> = (0..12).filter(|n| n % 3 == 0).collect();
    let both: Vec<&i32> = evens.intersection(&triples).collect();
    let either: Vec<i32> = evens.union(&triples).cloned().collect();
    let only_even: Vec<_> = evens.difference(&triples).collect();
    let one_side: BTreeSet<i32> = triples.symmetric_difference(&evens).copied().collect();
    println!("{:?}\n{:?}\n{:?}\n{:?}", both, either, only_even, one_side);
    println!("{:?} {:?} {:?} {:?}", &evens - &triples, &evens | &triples, &evens & &triples, &evens ^ &triples);

    let small: BTreeSet<i32> = [0, 6].into_iter().collect();
    println!(
        "subset {} superset {} disjoint {} {}",
        small.is_subset(&both.iter().map(|n| **n).collect()),
        evens.is_superset(&small),
        evens.is_disjoint(&triples),
        small.is_disjoint(&[1, 5].into_iter().collect())
    );
    let mut tail = evens.clone();
    let upper = tail.split_off(&7);
    println!("{:?} {:?} first {:?} last {:?}", tail, upper, upper.first(), tail.last());
    let mut drain = upper;
    println!("{:?} {:?} {:?}", drain.pop_first(), drain.pop_last(), drain);

    let seen: HashSet<&str> = ["ant", "bee", "cat"].into_iter().collect();
    let wanted: HashSet<&str> = ["bee", "cat", "dog"].into_iter().collect();
    let mut missing: Vec<&&str> = wanted.difference(&seen).collect();
    missing.sort();
    let mut common: Vec<&str> = (&seen & &wanted).into_iter().collect();
    common.sort();
    let mut all: Vec<&str> = seen.union(&wanted).cloned().collect();
    all.sort();
    println!("missing {:?} common {:?} all {:?}", missing, common, all);
}
