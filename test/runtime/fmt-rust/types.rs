// Types the differential test formats; fmt-rust-differential.test.ts has their TypeScript twins.
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Unit;

#[derive(Debug)]
struct Meters(f64);

#[derive(Debug)]
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    ChangeColor(u8, u8, u8),
}

#[derive(Debug)]
struct Worker {
    id: u32,
    name: String,
    tags: Vec<&'static str>,
    position: Point,
    last: Option<Message>,
}

/// mini-redis, from the Tokio tutorial
#[derive(Debug)]
enum Command {
    Get { key: String },
    Set { key: String, val: Vec<u8> },
}

struct Secret;

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Secret(***)")
    }
}

/// A hand-written Debug over two lines
struct TwoLines;

impl fmt::Debug for TwoLines {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "first\nsecond")
    }
}

struct Celsius(f64);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.1}°C", self.0)
    }
}

fn escape_line(s: String) -> String {
    s.replace('\\', "\\\\").replace('\n', "\\n")
}

/// The chars whose Debug form is a \u{..} escape, as ranges: "0-8,e-1f,7f-a0,...".
fn escaped_char_ranges() -> String {
    let mut ranges = Vec::new();
    let mut start = None;
    for cp in 0u32..=0x110000 {
        let escaped = char::from_u32(cp).map_or(false, |c| format!("{:?}", c).contains("\\u{"));
        match (escaped, start) {
            (true, None) => start = Some(cp),
            (false, Some(first)) => {
                ranges.push(format!("{:x}-{:x}", first, cp - 1));
                start = None;
            }
            _ => {}
        }
    }
    ranges.join(",")
}
