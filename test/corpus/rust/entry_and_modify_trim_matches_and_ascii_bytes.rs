// Counting with the entry API (and_modify then or_insert), trimming repeated patterns, ASCII
// tests on bytes, a VecDeque's front, back and rotations, String::from as a function, a Vec of
// structs cloned element by element, and a collect that is the function's String: the small std
// helpers log parsers use.
use std::collections::{HashMap, VecDeque};

#[derive(Debug, Clone)]
struct Tally {
    hits: u32,
    bytes: usize,
}

fn initials(words: &[String]) -> String {
    words.iter().filter_map(|w| w.chars().next()).map(|c| c.to_ascii_uppercase()).collect()
}

fn main() {
    let log = "//api/users//, /api/orders, ///health///, /api/users, x-/api/orders/-x";
    let mut counts: HashMap<&str, u32> = HashMap::new();
    let mut sizes: HashMap<String, Tally> = HashMap::new();
    for raw in log.split(", ") {
        let path = raw.trim_matches('x').trim_matches('-').trim_start_matches("/").trim_end_matches("//");
        counts.entry(path).and_modify(|n| *n += 1).or_insert(1);
        sizes
            .entry(path.to_string())
            .and_modify(|t| {
                t.hits += 1;
                t.bytes += raw.len();
            })
            .or_insert(Tally { hits: 1, bytes: raw.len() });
    }
    let mut keys: Vec<_> = counts.keys().copied().collect();
    keys.sort();
    for k in &keys {
        println!("{:<14} {} {:?}", k, counts[k], sizes[*k]);
    }
    println!("{:?}", "ab-ab-ab-core-ab".trim_start_matches("ab-"));
    println!("{:?}", "xxabcxx".trim_end_matches(|c: char| c == 'x'));
    println!("{:?}", "aaaab".trim_start_matches("aa"));

    let reading = "T=21.5C; H=40%; id#7f";
    let digits: Vec<u8> = reading.bytes().filter(|b| b.is_ascii_digit()).map(|b| b - b'0').collect();
    let letters = reading.bytes().filter(|b| b.is_ascii_alphabetic()).count();
    let upper = reading.bytes().filter(|b| b.is_ascii_uppercase()).count();
    let hex = reading.bytes().filter(|b| b.is_ascii_hexdigit()).count();
    let punct = reading.bytes().filter(u8::is_ascii_punctuation).count();
    println!("digits {:?} letters {} upper {} hex {} punct {}", digits, letters, upper, hex, punct);

    let mut queue: VecDeque<(u32, &str)> = VecDeque::new();
    for (i, job) in ["fetch", "parse", "store"].iter().enumerate() {
        queue.push_back((i as u32, job));
    }
    while let Some(&(id, job)) = queue.front() {
        let last = queue.back().map(|(_, j)| *j).unwrap_or("none");
        println!("front {} {} (back {})", id, job, last);
        queue.pop_front();
    }
    println!("empty front {:?}", queue.front());

    let mut ring: VecDeque<char> = "abcdef".chars().collect();
    ring.rotate_left(2);
    let left: String = ring.iter().collect();
    let by = 1;
    ring.rotate_right(by + 2);
    let right: String = ring.iter().collect();
    let (a, b) = ring.as_slices();
    println!("rotated {} {} slices hold {}", left, right, a.len() + b.len());

    let words: Vec<String> = "fetch parse store".split(' ').map(String::from).collect();
    let first = vec![Tally { hits: 1, bytes: 10 }, Tally { hits: 2, bytes: 20 }];
    let mut second = first.clone();
    for t in second.iter_mut() {
        t.hits *= 10;
    }
    println!("{:?} {:?} {:?} {}", words, first, second, initials(&words));
}
