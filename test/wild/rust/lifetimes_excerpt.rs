// rust book ch.10 style: lifetime annotations on functions, structs holding &str, methods with elision, a tokenizer of slices
use std::fmt::Display;

fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn longest_with_note<'a, T>(x: &'a str, y: &'a str, note: T) -> &'a str
where
    T: Display,
{
    println!("note: {}", note);
    longest(x, y)
}

#[derive(Debug)]
struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn level(&self) -> usize {
        self.part.split_whitespace().count()
    }
    fn announce(&self, text: &str) -> &'a str {
        println!("attention: {}", text);
        self.part
    }
}

struct Tokens<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let s = self.rest.trim_start();
        if s.is_empty() {
            return None;
        }
        let end = if s.starts_with(|c: char| "()+*-".contains(c)) {
            1
        } else {
            s.find(|c: char| c.is_whitespace() || "()+*-".contains(c)).unwrap_or(s.len())
        };
        let (tok, rest) = s.split_at(end);
        self.rest = rest;
        Some(tok)
    }
}

fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

fn main() {
    let s1 = String::from("a long string is long");
    let result;
    {
        let s2 = String::from("xyz");
        result = longest(s1.as_str(), s2.as_str()).to_string();
    }
    println!("longest: {}", result);
    println!("with note: {}", longest_with_note("tie", "two", 42));

    let novel = String::from("Call me Ishmael. Some years ago never mind how long precisely.");
    let first_sentence = novel.split('.').next().expect("no period");
    let ex = Excerpt { part: first_sentence };
    println!("{:?} level {}", ex, ex.level());
    let back = ex.announce("listen");
    println!("announced {:?} first word {:?}", back, first_word(back));

    let expr = "(alpha+ 12)*beta -(7*x2)";
    let toks: Vec<&str> = Tokens { rest: expr }.collect();
    println!("{} tokens {:?}", toks.len(), toks);
    let idents: Vec<&&str> = toks.iter().filter(|t| t.chars().next().map_or(false, |c| c.is_alphabetic())).collect();
    println!("identifiers {:?}", idents);
    let static_str: &'static str = "lives forever";
    let pieces: Vec<Excerpt> = static_str.split(' ').map(|p| Excerpt { part: p }).collect();
    println!("{:?}", pieces.iter().map(|e| e.part.len()).collect::<Vec<_>>());
}
