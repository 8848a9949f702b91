// Matching slices by shape: empty, one element, first and last around a `..`, a named rest
// (`rest @ ..`), byte strings matched by their first byte, and matches! with an `if` guard.
fn describe(v: &[i32]) -> String {
    match v {
        [] => "empty".to_string(),
        [only] => format!("just {}", only),
        [first, .., last] if first == last => format!("starts and ends with {}", first),
        [first, rest @ ..] if rest.len() >= 3 => format!("{} and {} more", first, rest.len()),
        [a, b, ..] => format!("begins {} {}", a, b),
    }
}

fn ends(v: &[&str]) -> String {
    match v {
        [.., second_last, last] => format!("{} then {}", second_last, last),
        [single] => format!("only {}", single),
        [] => "nothing".to_string(),
    }
}

fn kind(bytes: &[u8]) -> String {
    match bytes {
        [b'#', tail @ ..] => format!("comment of {} bytes", tail.len()),
        [c @ b'0'..=b'9', ..] => format!("number starting with {}", *c as char),
        _ => format!("other {:?}", bytes),
    }
}

fn main() {
    let samples: [&[i32]; 6] = [&[], &[7], &[4, 1, 4], &[1, 2, 3, 4], &[5, 6], &[9, 8, 7]];
    for s in samples {
        println!("{:?}: {}", s, describe(s));
    }
    println!("{}", ends(&["a", "b", "c"]));
    println!("{}", ends(&["solo"]));
    println!("{}", ends(&[]));
    let lines = vec![b"#note".to_vec(), b"42 apples".to_vec(), b"hi".to_vec()];
    for line in &lines {
        println!("{}", kind(line));
    }
    let sizes = [(3, 4), (0, 9), (2, 2)];
    for (w, h) in sizes {
        let big = matches!((w, h), (a, b) if a * b > 5);
        let square = matches!((w, h), (a, b) if a == b);
        println!("{}x{} big={} square={}", w, h, big, square);
    }
}
