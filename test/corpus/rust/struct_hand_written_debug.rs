// A struct with a hand-written `impl Debug` (write! in pieces) next to its Display: `{:?}` uses it alone, also inside a Vec, an Option, a tuple and a derived Debug struct, and for values sent through a channel
use std::fmt;

struct Span {
    start: usize,
    end: usize,
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} chars", self.end - self.start)
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}..", self.start)?;
        if self.end > self.start {
            write!(f, "{}", self.end)?;
        }
        Ok(())
    }
}

#[derive(Debug)]
struct Token {
    text: String,
    span: Span,
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(async move {
        let mut start = 0;
        for word in "let x = 42".split(' ') {
            let span = Span { start, end: start + word.len() };
            start += word.len() + 1;
            if tx.send(Token { text: word.to_string(), span }).is_err() {
                return;
            }
        }
    });
    let mut tokens = Vec::new();
    while let Some(token) = rx.recv().await {
        println!("{} {:?} {}", token.text, token.span, token.span);
        tokens.push(token);
    }
    println!("{:?}", tokens[0]);
    let spans: Vec<Span> = tokens.into_iter().map(|t| t.span).collect();
    println!("{:?}", spans);
    let empty = Span { start: 3, end: 3 };
    println!("{:?} {:?}", Some(&empty), (1, &empty));
}
