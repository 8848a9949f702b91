// String processing of messages received over a channel: split on '|', trim, parse::<u16>,
// chars (filter, count, first, to_ascii_uppercase), split_whitespace, strip_prefix, repeat;
// the last line has a bad status code and its `.parse().unwrap()` panics main (exit 101).
use tokio::sync::mpsc;

struct Entry {
    level: String,
    status: u16,
    path: String,
    words: usize,
}

fn parse_line(line: &str) -> Entry {
    let parts: Vec<&str> = line.split('|').map(|p| p.trim()).collect();
    let level = parts[0].to_ascii_uppercase();
    let status = parts[1].parse::<u16>().unwrap();
    let path = parts[2].strip_prefix("GET ").unwrap_or(parts[2]).to_string();
    let words = parts.get(3).map(|text| text.split_whitespace().count()).unwrap_or(0);
    Entry { level, status, path, words }
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<String>(2);
    tokio::spawn(async move {
        let raw = "info | 200 | GET /index.html | served  from cache\n\
                   warn|404|GET /missing| not found\n\
                   \n\
                   error | 500 | POST /upload | disk full on  volume B\n\
                   info | 2OO | GET /typo | letter O instead of zero";
        for line in raw.lines() {
            if line.trim().is_empty() {
                continue;
            }
            tx.send(line.to_string()).await.unwrap();
        }
    });

    let mut count = 0;
    while let Some(line) = rx.recv().await {
        count += 1;
        let digits = line.chars().filter(|c| c.is_ascii_digit()).count();
        let first = line.chars().next().map(|c| c.to_ascii_uppercase()).unwrap_or('?');
        println!("line {} starts with {:?} and has {} digit(s)", count, first, digits);
        let entry = parse_line(&line);
        let marker = "!".repeat((entry.status / 100) as usize);
        println!(
            "  [{:<5}] {} {} ({} word(s)) {}",
            entry.level, entry.status, entry.path, entry.words, marker
        );
        if entry.status >= 500 {
            let reversed: String = entry.path.chars().rev().collect();
            println!("  reversed path: {}", reversed);
        }
    }
    println!("parsed {} lines", count);
}
