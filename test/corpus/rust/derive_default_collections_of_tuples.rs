// `#[derive(Default)]` on a struct whose fields are a BTreeSet of (u32, String) deadlines, a
// HashSet of (i32, i32) cells and a HashMap keyed by tuples: each starts empty and then
// behaves by value (a tuple built anew finds, removes and orders like the one inserted).
use std::collections::{BTreeSet, HashMap, HashSet};

#[derive(Default)]
struct Planner {
    deadlines: BTreeSet<(u32, String)>,
    visited: HashSet<(i32, i32)>,
    costs: HashMap<(i32, i32), u32>,
    label: String,
}

fn main() {
    let mut p = Planner::default();
    println!("empty: {} {} {} {:?}", p.deadlines.len(), p.visited.len(), p.costs.len(), p.label);
    p.deadlines.insert((30, "ship".to_string()));
    p.deadlines.insert((10, "build".to_string()));
    p.deadlines.insert((20, "test".to_string()));
    p.deadlines.remove(&(20, "test".to_string()));
    println!("first {:?}", p.deadlines.iter().next());
    println!("all {:?}", p.deadlines);
    for cell in [(0, 0), (0, 1), (0, 0)] {
        if !p.visited.insert(cell) {
            println!("already visited {:?}", cell);
        }
        *p.costs.entry(cell).or_insert(0) += 5;
    }
    println!("visited {} contains (0, 1): {}", p.visited.len(), p.visited.contains(&(0, 1)));
    println!("cost of (0, 0): {:?}", p.costs.get(&(0, 0)));
}
