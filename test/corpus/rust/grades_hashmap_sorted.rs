// Results from several tasks collected into HashMaps (entry API, or_insert_with, get_mut,
// values_mut) and printed by sorted keys; averages as f64 with {:.1}, letter grades counted in a
// HashMap<char, usize>, the best student found after sorting by score then name.
use std::collections::HashMap;
use tokio::sync::mpsc;

fn letter(score: u32) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        _ => 'F',
    }
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<(String, &'static str, u32)>(4);
    let classes = [
        ("math", vec![("zoe", 91), ("adam", 78), ("mia", 85)]),
        ("art", vec![("mia", 99), ("zoe", 64), ("adam", 88)]),
        ("music", vec![("adam", 70), ("mia", 81)]),
    ];
    for (subject, scores) in classes {
        let tx = tx.clone();
        tokio::spawn(async move {
            for (name, score) in scores {
                tx.send((name.to_string(), subject, score)).await.unwrap();
            }
        });
    }
    drop(tx);

    let mut by_student: HashMap<String, Vec<u32>> = HashMap::new();
    let mut by_subject: HashMap<&str, u32> = HashMap::new();
    let mut letters: HashMap<char, usize> = HashMap::new();
    while let Some((name, subject, score)) = rx.recv().await {
        by_student.entry(name).or_insert_with(Vec::new).push(score);
        *by_subject.entry(subject).or_default() += score;
        *letters.entry(letter(score)).or_insert(0) += 1;
    }
    for scores in by_student.values_mut() {
        scores.sort_unstable_by(|a, b| b.cmp(a));
    }

    let mut names: Vec<&String> = by_student.keys().collect();
    names.sort();
    for name in &names {
        let scores = &by_student[*name];
        let average = scores.iter().sum::<u32>() as f64 / scores.len() as f64;
        println!("{:<5} {:?} average {:.1}", name, scores, average);
    }
    let mut subjects: Vec<_> = by_subject.into_iter().collect();
    subjects.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("subject totals: {:?}", subjects);
    let mut grade_keys: Vec<char> = letters.keys().copied().collect();
    grade_keys.sort();
    let summary: Vec<String> = grade_keys.iter().map(|g| format!("{}x{}", g, letters[g])).collect();
    println!("letters: {}", summary.join(" "));
    if let Some(list) = by_student.get_mut("zoe") {
        list.push(100);
    }
    let mut ranking: Vec<(u32, String)> = by_student.iter().map(|(n, s)| (s.iter().max().copied().unwrap_or(0), n.clone())).collect();
    ranking.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    println!("best single scores: {:?}", ranking);
    println!("has bob: {}, students: {}", by_student.contains_key("bob"), by_student.len());
}
