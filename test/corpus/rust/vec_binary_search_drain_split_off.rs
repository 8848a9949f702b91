// Vec on a sorted list: `binary_search` finds an item or where to insert it (Ok/Err), `binary_search_by` and `binary_search_by_key`, `drain` of `a..b`, `..=b` and `..`, a slice `&v[..=b]`, `split_off`, and `split_off` past the end panics (exit 101)
#[derive(Debug)]
struct Entry {
    id: u32,
    name: &'static str,
}

fn main() {
    let mut sorted = vec![10, 20, 30, 40, 50, 60];
    for x in [30, 35, 5, 70, 10, 60] {
        match sorted.binary_search(&x) {
            Ok(i) => println!("{x} found at {i}"),
            Err(i) => {
                sorted.insert(i, x);
                println!("{x} inserted at {i}: {:?}", sorted);
            }
        }
    }
    println!("first three: {:?}", &sorted[..=2]);
    let empty: Vec<i32> = Vec::new();
    println!("empty: {:?}", empty.binary_search(&1));

    let entries = vec![
        Entry { id: 2, name: "two" },
        Entry { id: 5, name: "five" },
        Entry { id: 9, name: "nine" },
    ];
    let by_key = entries.binary_search_by_key(&5, |e| e.id);
    println!("by_key 5: {:?} -> {:?}", by_key, entries[by_key.unwrap()]);
    println!("by_key 6: {:?}", entries.binary_search_by_key(&6, |e| e.id));
    let by = entries.binary_search_by(|e| e.name.len().cmp(&4));
    println!("by name length 4: {:?}", by);

    let mut v: Vec<u32> = (1..=10).collect();
    let middle: Vec<u32> = v.drain(2..5).collect();
    println!("drained {:?}, left {:?}", middle, v);
    let front: Vec<u32> = v.drain(..=1).collect();
    println!("drained {:?}, left {:?}", front, v);
    let tail = v.split_off(3);
    println!("split_off(3): {:?} | {:?}", v, tail);
    let all: Vec<u32> = v.drain(..).collect();
    println!("drained all {:?}, left {:?}", all, v);
    let mut short = vec![1, 2];
    let rest = short.split_off(5);
    println!("never printed: {:?}", rest);
}
