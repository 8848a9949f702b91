// HashMap::remove_entry gives the key and value taken out (None for a missing key), and entry(k).or_insert_with_key builds the value from the key only when it is missing
use std::collections::{BTreeMap, HashMap};

fn main() {
    let mut sizes: BTreeMap<String, usize> = BTreeMap::new();
    let mut built = 0;
    for name in ["main.rs", "lib.rs", "main.rs", "mod.rs"] {
        let size = *sizes.entry(name.to_string()).or_insert_with_key(|k| {
            built += 1;
            k.len() * 100
        });
        println!("{} -> {}", name, size);
    }
    println!("built {} of {}", built, sizes.len());

    let mut owners: HashMap<u32, String> = HashMap::new();
    owners.insert(7, "ada".to_string());
    owners.insert(9, "lin".to_string());
    let gone = owners.remove_entry(&7);
    println!("{:?} {:?} {}", gone, owners.remove_entry(&8), owners.len());
    if let Some((id, name)) = owners.remove_entry(&9) {
        println!("{} was {}", id, name);
    }
    println!("empty: {}", owners.is_empty());
}
