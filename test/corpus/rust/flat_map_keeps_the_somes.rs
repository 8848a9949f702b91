// An Option is an iterator of zero or one item: flat_map(|x| x.parse().ok()) keeps the values that parsed, while map(..).collect::<Option<_>>() gives None if any failed; flat_map over Vecs still flattens them
use std::collections::HashMap;

fn main() {
    let lines = vec!["port=8080", "debug", "workers=4", "name=demo", "retries=x"];
    let settings: HashMap<&str, &str> = lines
        .iter()
        .flat_map(|line| line.split_once('='))
        .collect();
    let mut keys: Vec<_> = settings.keys().copied().collect();
    keys.sort();
    println!("keys with values: {:?}", keys);

    let numbers: Vec<u32> = settings.values().flat_map(|v| v.parse().ok()).collect();
    let mut numbers = numbers;
    numbers.sort();
    println!("numeric values: {:?}", numbers);

    let all: Option<Vec<u32>> = ["1", "2", "three"].iter().map(|s| s.parse().ok()).collect();
    println!("all numeric? {:?}", all);

    let teams = vec![vec!["ana", "bo"], vec![], vec!["cy"]];
    let captains: Vec<&str> = teams.iter().flat_map(|t| t.first().copied()).collect();
    let everyone: Vec<&str> = teams.iter().flat_map(|t| t.clone()).collect();
    println!("captains {:?}, everyone {:?}", captains, everyone);
}
