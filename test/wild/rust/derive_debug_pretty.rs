// rust by example style: #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)], {:?} and {:#?} of nested data
use std::collections::{BTreeMap, HashMap, HashSet};

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Level {
    Low,
    Mid(u8),
    High { boost: u16 },
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Point(i32, i32);

#[derive(Debug, Clone, PartialEq)]
struct Sensor {
    id: u32,
    name: String,
    at: Point,
    level: Option<Level>,
    readings: Vec<(u8, f32)>,
}

#[derive(Debug, Default)]
struct Unit;

fn main() {
    let s = Sensor {
        id: 7,
        name: "north".to_string(),
        at: Point(3, -4),
        level: Some(Level::High { boost: 300 }),
        readings: vec![(1, 0.5), (2, 1.25)],
    };
    println!("{:?}", s);
    println!("{:#?}", s);
    let mut t = s.clone();
    t.level = None;
    t.readings.clear();
    println!("{:?}", t);
    println!("equal: {} / {}", s == s.clone(), s == t);

    let mut levels = vec![Level::High { boost: 2 }, Level::Mid(9), Level::Low, Level::Mid(1), Level::High { boost: 1 }];
    levels.sort();
    println!("{:?}", levels);
    println!("max {:?}", levels.iter().max());
    println!("Mid(3) < High: {}", Level::Mid(3) < Level::High { boost: 0 });

    let mut seen = HashSet::new();
    for p in [Point(1, 2), Point(0, 0), Point(1, 2), Point(-1, 5)] {
        if !seen.insert(p.clone()) {
            println!("duplicate {:?}", p);
        }
    }
    let mut pts: Vec<_> = seen.into_iter().collect();
    pts.sort();
    println!("unique {:?}", pts);

    let mut counts: HashMap<Level, usize> = HashMap::new();
    for l in [Level::Low, Level::Mid(2), Level::Low, Level::Mid(2), Level::Low] {
        *counts.entry(l).or_insert(0) += 1;
    }
    let mut sorted: Vec<(Level, usize)> = counts.into_iter().collect();
    sorted.sort();
    println!("{:?}", sorted);

    let mut tree: BTreeMap<&str, (Option<i32>, Vec<&str>)> = BTreeMap::new();
    tree.insert("zeta", (None, vec![]));
    tree.insert("alpha", (Some(-1), vec!["x", "y"]));
    println!("{:#?}", tree);
    println!("{:?} {:?} {:?}", Unit, Unit::default(), ((), (1,), ("a", 'b', 2.0)));
    let nested: Option<Result<Vec<u8>, String>> = Some(Err("bad".into()));
    println!("{:?}", nested);
}
