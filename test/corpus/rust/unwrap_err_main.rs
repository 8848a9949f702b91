// `.unwrap()` on an Err in main panics with "called `Result::unwrap()` on an `Err` value: ..."
// showing the error's Debug form; exit code 101. An Ok before it prints normally.
#[derive(Debug)]
enum ParseError {
    Empty,
    BadDigit { at: usize, found: char },
}

fn parse_number(text: &str) -> Result<u32, ParseError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ParseError::Empty);
    }
    let mut value = 0u32;
    for (at, found) in text.chars().enumerate() {
        match found.to_digit(10) {
            Some(d) => value = value * 10 + d,
            None => return Err(ParseError::BadDigit { at, found }),
        }
    }
    Ok(value)
}

#[tokio::main]
async fn main() {
    let handle = tokio::spawn(async { parse_number(" 1234 ") });
    let n = handle.await.unwrap().unwrap();
    println!("parsed {}", n);
    println!("empty gives {:?}", parse_number("   "));
    let bad = parse_number("12x4").unwrap();
    println!("never printed {}", bad);
}
