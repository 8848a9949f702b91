// everyday tokio style: a text is split into line chunks, JoinSet tasks apply a Caesar shift with chars/u8 arithmetic, results are reordered by index and hex-dumped
use std::collections::BTreeMap;
use tokio::task::JoinSet;

fn shift_char(c: char, k: u8) -> char {
    match c {
        'a'..='z' => (((c as u8 - b'a' + k) % 26) + b'a') as char,
        'A'..='Z' => (((c as u8 - b'A' + k) % 26) + b'A') as char,
        _ => c,
    }
}

fn caesar(s: &str, k: u8) -> String {
    s.chars().map(|c| shift_char(c, k)).collect()
}

fn letter_freq(s: &str) -> Vec<(char, usize)> {
    let mut m: BTreeMap<char, usize> = BTreeMap::new();
    for c in s.chars().filter(|c| c.is_ascii_alphabetic()) {
        *m.entry(c.to_ascii_lowercase()).or_insert(0) += 1;
    }
    let mut v: Vec<(char, usize)> = m.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v.truncate(3);
    v
}

#[tokio::main]
async fn main() {
    let text = "The quick brown fox\njumps over the lazy dog.\nPack my box with\nfive dozen liquor jugs!\nZebras quiz vexing jockeys";
    let key = 13u8;
    let mut set = JoinSet::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.to_string();
        set.spawn(async move {
            let enc = caesar(&line, key);
            let back = caesar(&enc, 26 - key);
            (i, enc, back == line)
        });
    }
    let mut out: BTreeMap<usize, String> = BTreeMap::new();
    while let Some(res) = set.join_next().await {
        let (i, enc, roundtrip) = res.unwrap();
        assert!(roundtrip, "line {} did not round-trip", i);
        out.insert(i, enc);
    }
    for (i, enc) in &out {
        println!("{} | {}", i, enc);
    }
    let joined: String = out.values().cloned().collect::<Vec<_>>().join(" ");
    println!("top letters after rot13: {:?}", letter_freq(&joined));
    println!("top letters before: {:?}", letter_freq(text));
    let first = out.get(&0).map(String::as_str).unwrap_or("");
    let hex: Vec<String> = first.bytes().take(8).map(|b| format!("{:02x}", b)).collect();
    println!("hex of first 8 bytes: {}", hex.join(" "));
    let upper_words: Vec<String> = first
        .split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f.to_uppercase().collect::<String>() + &cs.as_str().to_lowercase(),
                None => String::new(),
            }
        })
        .collect();
    println!("title case: {}", upper_words.join(" "));
    let rev: String = first.chars().rev().collect();
    println!("reversed: {}", rev);
    println!("char_indices of 'b': {:?}", first.char_indices().filter(|(_, c)| *c == 'b').map(|(i, _)| i).collect::<Vec<_>>());
}
