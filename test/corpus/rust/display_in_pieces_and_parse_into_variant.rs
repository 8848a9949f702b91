// `impl Display` that writes in pieces (`write!(f, ..)?` in loops and match arms, then a last `write!` or `Ok(())`), and `text.parse().map(Token::Num)` / `.map(port)` parsing the variant's f64 / the function's u16
use std::fmt;

#[derive(Clone, PartialEq)]
enum Token {
    Num(f64),
    Word(String),
    List(Vec<Token>),
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Token::Num(n) => write!(f, "{n}"),
            Token::Word(w) => write!(f, "'{w}'"),
            Token::List(items) => {
                write!(f, "(")?;
                for (i, t) in items.iter().enumerate() {
                    if i > 0 {
                        write!(f, " ")?;
                    }
                    write!(f, "{t}")?;
                }
                write!(f, ")")
            }
        }
    }
}

#[derive(Debug)]
struct Port(u16);

fn port(n: u16) -> Port {
    Port(n)
}

struct Table {
    rows: Vec<(String, u32)>,
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "{:<6}|{:>5}", "name", "qty")?;
        for (name, qty) in &self.rows {
            writeln!(f, "{:<6}|{:>5}", name, qty)?;
        }
        write!(f, "{} rows", self.rows.len())?;
        Ok(())
    }
}

fn token(text: &str) -> Token {
    text.parse().map(Token::Num).unwrap_or_else(|_| Token::Word(text.to_string()))
}

fn main() {
    let words: Vec<Token> = "3.5 apples 2 -0.25 pears 1e3".split(' ').map(token).collect();
    for t in &words {
        let kind = if let Token::Num(_) = t { "number" } else { "word" };
        println!("{t} is a {kind}");
    }
    let nested = Token::List(vec![
        Token::Word("sum".into()),
        Token::List(words[..2].to_vec()),
        Token::Num(7.0),
    ]);
    println!("{nested}");
    println!("empty list: {}", Token::List(vec![]));
    let one = format!("[{}]", Token::List(vec![Token::Num(1.5)]));
    println!("{one}");

    for text in ["8080", "70000", "http"] {
        match text.parse().map(Token::Num) {
            Ok(t) => println!("{text} as a token: {t}"),
            Err(e) => println!("{text}: {e}"),
        }
        match text.parse().map(port) {
            Ok(port) => println!("{text}: {port:?}"),
            Err(e) => println!("{text}: {e}"),
        }
    }

    let table = Table { rows: vec![("nails".into(), 120), ("saw".into(), 2)] };
    println!("{table}");
    let text = table.to_string();
    println!("{} lines, {} chars", text.lines().count(), text.len());
}
