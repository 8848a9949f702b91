// rust by example style: iterator chains (zip, windows, chunks, fold, scan, flat_map, position, max_by_key ...) over readings
use std::collections::HashMap;

fn main() {
    let readings = [12, 15, 11, 19, 23, 23, 18, 9, 30, 27];
    let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "mon2", "tue2", "wed2"];

    let total: i32 = readings.iter().sum();
    let product: i64 = readings.iter().take(4).map(|&x| x as i64).product();
    println!("total {} product of first 4 {}", total, product);

    let diffs: Vec<i32> = readings.windows(2).map(|w| w[1] - w[0]).collect();
    println!("diffs {:?}", diffs);
    let rising = diffs.iter().filter(|d| **d > 0).count();
    println!("rising {} of {}", rising, diffs.len());

    let chunk_avgs: Vec<f64> = readings
        .chunks(3)
        .map(|c| c.iter().sum::<i32>() as f64 / c.len() as f64)
        .collect();
    println!("chunk avgs {:.2?}", chunk_avgs);

    let (day, peak) = names.iter().zip(readings.iter()).max_by_key(|(_, &r)| r).unwrap();
    println!("peak {} on {}", peak, day);
    let (low_day, low) = names.iter().zip(readings.iter()).min_by_key(|(_, &r)| r).unwrap();
    println!("low {} on {}", low, low_day);

    let first_over_20 = readings.iter().position(|&r| r > 20);
    let find_odd_big = readings.iter().find(|&&r| r > 25 && r % 2 == 1);
    println!("first>20 at {:?}, odd>25 {:?}", first_over_20, find_odd_big);
    println!("any>29 {} all>8 {}", readings.iter().any(|&r| r > 29), readings.iter().all(|&r| r > 8));

    let running: Vec<i32> = readings.iter().scan(0, |acc, &r| { *acc += r; Some(*acc) }).collect();
    println!("running {:?}", running);

    let rev_skip: Vec<_> = readings.iter().rev().skip(2).step_by(3).collect();
    println!("rev skip step {:?}", rev_skip);

    let labels: String = names.iter().take(3).chain(names.iter().skip(8)).map(|n| n.chars().next().unwrap().to_ascii_uppercase()).collect();
    println!("labels {}", labels);

    let pairs: Vec<(usize, char)> = ["ab", "", "cde"].iter().enumerate().flat_map(|(i, s)| s.chars().map(move |c| (i, c))).collect();
    println!("flat {:?}", pairs);

    let folded = readings.iter().fold(String::new(), |mut acc, r| {
        if !acc.is_empty() { acc.push('-'); }
        acc += &r.to_string();
        acc
    });
    println!("folded {}", folded);

    let by_parity: HashMap<bool, Vec<i32>> = readings.iter().fold(HashMap::new(), |mut m, &r| {
        m.entry(r % 2 == 0).or_insert_with(Vec::new).push(r);
        m
    });
    let mut keys: Vec<_> = by_parity.keys().copied().collect();
    keys.sort();
    for k in keys {
        println!("even={} -> {:?}", k, by_parity[&k]);
    }
    let lookup: HashMap<&str, i32> = names.iter().copied().zip(readings.iter().copied()).collect();
    println!("sat={} missing={:?}", lookup["sat"], lookup.get("xyz"));
    let mut dedup = readings.to_vec();
    dedup.sort_unstable();
    dedup.dedup();
    println!("sorted unique {:?} last3 {:?}", dedup, &dedup[dedup.len() - 3..]);
}
