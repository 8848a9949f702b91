// Newtypes whose Display/Debug hand the caller's Formatter to the wrapped value (`self.0.fmt(f)`, `fmt::Display::fmt(&self.0, f)`, `fmt::Debug::fmt(&self.0, f)`), so width, fill, precision and sign apply; a sibling that write!s is not padded; `write!(f, "{:>w$}", ..)` pads inside an impl
use std::fmt;

struct Celsius(f64);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

struct UserId(u64);

impl fmt::Display for UserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

struct Label(String);

impl fmt::Debug for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

struct Shout(&'static str);

impl fmt::Display for Shout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}!", self.0)
    }
}

struct Row {
    name: &'static str,
    score: i32,
}

impl fmt::Display for Row {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let w = 6;
        write!(f, "{:<8}|{:>w$}|", self.name, self.score, w = w)
    }
}

fn main() {
    let temps = vec![Celsius(21.456), Celsius(-3.0), Celsius(100.0)];
    for t in &temps {
        println!("[{}] [{:>8.1}] [{:+.2}] [{:*<9}]", t, t, t, t);
    }
    let ids: Vec<String> = [7u64, 42, 1234].iter().map(|&n| format!("[{:>5}] [{:05}]", UserId(n), UserId(n))).collect();
    println!("{}", ids.join(" "));
    println!("{:?} [{:>10?}]", Label("a\"b".to_string()), Label("x".to_string()));
    println!("[{:>10}] [{:<10}] <- not padded", Shout("hey"), Shout("ho"));
    for r in [Row { name: "ann", score: 91 }, Row { name: "bob", score: -7 }] {
        println!("{}", r);
    }
}
