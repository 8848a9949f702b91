// `^`, `&` and `|` of bools give bools (a rule-90 automaton step, parity), both sides evaluated unlike `&&`/`||`
fn step(row: &[bool]) -> Vec<bool> {
    (0..row.len())
        .map(|i| {
            let left = if i == 0 { false } else { row[i - 1] };
            let right = row.get(i + 1).copied().unwrap_or(false);
            left ^ right
        })
        .collect()
}

fn noisy(label: &str, value: bool) -> bool {
    println!("  evaluated {}", label);
    value
}

fn main() {
    let mut row = vec![false; 9];
    row[4] = true;
    for _ in 0..4 {
        let line: String = row.iter().map(|&c| if c { '#' } else { '.' }).collect();
        println!("{}", line);
        row = step(&row);
    }
    let parity = row.iter().fold(false, |acc, &c| acc ^ c);
    println!("parity {}", parity);
    let a = true;
    let b = false;
    println!("xor {} and {} or {}", a ^ b, a & b, a | b);
    println!("and: {}", noisy("left", false) & noisy("right", true));
    println!("or: {}", noisy("left", true) | noisy("right", false));
    let flags = [true, true, false];
    let all = flags.iter().fold(true, |acc, &f| acc & f);
    let any = flags.iter().fold(false, |acc, &f| acc | f);
    println!("all {} any {} eq {}", all, any, (a ^ b) == true);
}
