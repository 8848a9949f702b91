// entry(k).or_default() where the map's values are sets and maps: each default is an empty collection of the declared kind
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

fn main() {
    let enrolments = [
        ("maths", "zoe"),
        ("art", "bob"),
        ("maths", "amy"),
        ("history", "bob"),
        ("maths", "zoe"),
        ("art", "amy"),
    ];

    // Sorted sets: students come out in order, duplicates vanish.
    let mut by_course: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (course, student) in enrolments.iter() {
        by_course.entry(course.to_string()).or_default().insert(student.to_string());
    }
    for (course, students) in &by_course {
        println!("{course}: {students:?} ({} enrolled)", students.len());
    }

    // Hash sets: whether a set was new is the insert's answer.
    let mut letters: HashMap<usize, HashSet<char>> = HashMap::new();
    for word in ["apple", "avocado", "kiwi", "plum", "pear"] {
        let fresh = letters.entry(word.len()).or_default().insert(word.chars().next().unwrap());
        if !fresh {
            println!("{word}: initial already seen for length {}", word.len());
        }
    }
    let mut lengths: Vec<_> = letters.keys().copied().collect();
    lengths.sort();
    for n in lengths {
        let mut initials: Vec<char> = letters[&n].iter().copied().collect();
        initials.sort();
        println!("length {n}: {initials:?}");
    }

    // A map of maps: the inner default is an empty BTreeMap, counted into.
    let mut tally: BTreeMap<&str, BTreeMap<&str, u32>> = BTreeMap::new();
    for (course, student) in enrolments {
        *tally.entry(student).or_default().entry(course).or_default() += 1;
    }
    println!("{tally:?}");
    let zoe = tally.get("zoe").map(|m| m.values().sum::<u32>()).unwrap_or_default();
    println!("zoe enrolments: {zoe}");
}
