// match map.entry(k) { Entry::Occupied(o) => .., Entry::Vacant(v) => .. } on HashMap and BTreeMap: *o.get_mut() -= 1, o.get(), o.key(), o.insert() giving the old value, o.remove(), o.remove_entry(), v.key(), v.insert() giving the value put in
use std::collections::btree_map;
use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap};

fn take_ticket(stock: &mut HashMap<&'static str, u32>, show: &'static str) -> String {
    match stock.entry(show) {
        Entry::Occupied(mut o) => {
            *o.get_mut() -= 1;
            if *o.get() == 0 {
                o.remove();
                format!("{}: last ticket", show)
            } else {
                format!("{}: {} left", o.key(), o.get())
            }
        }
        Entry::Vacant(v) => format!("{}: sold out", v.key()),
    }
}

fn main() {
    let mut stock: HashMap<&str, u32> = HashMap::new();
    stock.insert("opera", 2);
    stock.insert("circus", 1);
    for show in ["opera", "circus", "opera", "circus", "opera", "ballet"] {
        println!("{}", take_ticket(&mut stock, show));
    }
    println!("left: {}", stock.len());

    let mut prices: BTreeMap<String, f64> = BTreeMap::new();
    let updates = [("tea", 2.5), ("milk", 1.2), ("tea", 2.75), ("bread", 3.0), ("milk", 0.0)];
    for (item, price) in updates {
        match prices.entry(item.to_string()) {
            btree_map::Entry::Vacant(v) => {
                let put = v.insert(price);
                println!("new {} at {}", item, put);
            }
            btree_map::Entry::Occupied(o) if price == 0.0 => {
                let (name, last) = o.remove_entry();
                println!("dropped {} (was {})", name, last);
            }
            btree_map::Entry::Occupied(mut o) => {
                let old = o.insert(price);
                println!("{} {} -> {}", o.key(), old, o.get());
            }
        }
    }
    println!("{:?}", prices);
}
