// Vec::last_mut and Vec::first_mut hand out a &mut to the element: `*x += ..` through `if let Some(x)`, a tuple element through `match` with a guard (run-length grouping), a struct field through it, and None on an empty Vec
#[derive(Debug)]
struct Line {
    text: String,
    words: usize,
}

fn group_runs(items: &[i32]) -> Vec<(i32, usize)> {
    let mut runs: Vec<(i32, usize)> = Vec::new();
    for &x in items {
        match runs.last_mut() {
            Some((value, count)) if *value == x => *count += 1,
            _ => runs.push((x, 1)),
        }
    }
    runs
}

fn main() {
    let mut totals = vec![10, 20, 30];
    if let Some(last) = totals.last_mut() {
        *last += 5;
    }
    if let Some(first) = totals.first_mut() {
        *first = *first * 2;
    }
    println!("{:?}", totals);

    println!("{:?}", group_runs(&[4, 4, 7, 7, 7, 1, 4]));

    let mut lines: Vec<Line> = Vec::new();
    for word in "alpha beta | gamma | delta epsilon zeta".split(' ') {
        if word == "|" || lines.is_empty() {
            lines.push(Line { text: String::new(), words: 0 });
            if word == "|" {
                continue;
            }
        }
        let current = lines.last_mut().unwrap();
        if !current.text.is_empty() {
            current.text.push(' ');
        }
        current.text.push_str(word);
        current.words += 1;
    }
    println!("{:?}", lines);

    let mut none: Vec<u8> = Vec::new();
    println!("{:?}", none.last_mut());
    println!("{:?}", none.first_mut().is_some());
    let mut names = vec![String::from("ann"), String::from("bob")];
    if let Some(name) = names.last_mut() {
        name.push_str("by");
    }
    *names.first_mut().unwrap() = "eve".to_string();
    println!("{:?}", names);
}
