// A generic `F: FnOnce(&mut V)` closure updates a map's value in place, for a struct V and for a number V (the impl's V is what the receiver's type says); a `&mut` from `entry().or_insert()` handed to a function taking `&mut u32`; `.clone()` of a generic value is a copy
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone, Default, PartialEq)]
struct Stock {
    count: u32,
    tags: Vec<String>,
}

struct Inventory<V> {
    items: BTreeMap<String, V>,
}

impl<V> Inventory<V>
where
    V: Clone + std::fmt::Debug,
{
    fn new() -> Self {
        Inventory { items: BTreeMap::new() }
    }

    fn update<F>(&mut self, name: &str, start: V, change: F) -> V
    where
        F: FnOnce(&mut V),
    {
        let slot = self.items.entry(name.to_string()).or_insert(start);
        change(slot);
        slot.clone()
    }

    fn report(&self) -> Vec<String> {
        self.items.iter().map(|(k, v)| format!("{}={:?}", k, v)).collect()
    }
}

fn bump(n: &mut u32, by: u32) {
    *n += by;
}

fn main() {
    let mut shelves: Inventory<Stock> = Inventory::new();
    shelves.update("apples", Stock::default(), |s| {
        s.count += 3;
        s.tags.push("fruit".to_string());
    });
    let copy = shelves.update("apples", Stock::default(), |s| s.count *= 2);
    shelves.update("pears", Stock { count: 1, tags: vec![] }, |s| s.tags.push("green".into()));
    let later = shelves.update("apples", Stock::default(), |s| s.tags.push("red".into()));
    println!("copy {:?}", copy);
    println!("later {:?} same {}", later, copy == later);
    println!("{}", shelves.report().join("; "));

    let mut counters: Inventory<u32> = Inventory::new();
    for word in "to be or not to be".split_whitespace() {
        counters.update(word, 0, |n| *n += 1);
    }
    let tens = counters.update("to", 0, |n| *n *= 10);
    println!("tens {} {}", tens, counters.report().join(" "));

    let mut names: Inventory<String> = Inventory::new();
    names.update("greeting", String::from("hello"), |s| s.push_str(", world"));
    println!("{:?}", names.report());

    let mut totals: HashMap<&str, u32> = HashMap::new();
    let t = totals.entry("x").or_insert(1);
    bump(t, 4);
    *t += 1;
    println!("totals {:?}", totals);
}
