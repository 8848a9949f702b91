// std::cmp: `Ord::cmp` gives an Ordering to match, print and chain; `partial_cmp` an Option<Ordering> (None with NaN); `Reverse`; turbofish on a type path
use std::cmp::{Ordering, Reverse};
use std::collections::HashMap;

fn describe(a: i32, b: i32) -> &'static str {
    match a.cmp(&b) {
        Ordering::Less => "less",
        Ordering::Equal => "equal",
        Ordering::Greater => "greater",
    }
}

fn main() {
    println!("{} {} {}", describe(1, 2), describe(2, 2), describe(3, 2));
    println!("{:?} {:?}", 1.cmp(&2), "b".cmp("a"));
    println!("{:?} {:?}", 2.5f64.partial_cmp(&1.0), f64::NAN.partial_cmp(&1.0));
    println!("is_lt {} is_ge {}", 1.cmp(&2).is_lt(), 1.cmp(&2).is_ge());
    println!("reverse {:?}", 1.cmp(&2).reverse());
    println!("equal? {}", 3.cmp(&3) == Ordering::Equal);

    let mut temps = Vec::<f64>::new();
    temps.push(21.5);
    temps.push(-3.0);
    temps.push(7.25);
    temps.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("sorted {:?}", temps);

    let mut people = vec![("cy", 30), ("ann", 25), ("bob", 30)];
    people.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("by age desc, name {:?}", people);
    people.sort_by_key(|p| Reverse(p.0));
    println!("names reversed {:?}", people);
    let youngest_last = people.iter().max_by_key(|p| (p.1, Reverse(p.0))).unwrap();
    println!("oldest, first by name: {}", youngest_last.0);

    let mut scores = HashMap::<String, u32>::new();
    scores.insert("x".to_string(), 3);
    println!("scores {:?}", scores);
}
