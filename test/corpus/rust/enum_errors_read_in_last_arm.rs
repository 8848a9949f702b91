// enum errors built where TypeScript cannot see the type: `ok_or(Enum::Variant)?`, a closure whose untyped parameter goes into a variant, the last match arm reading `Err(E::V(x))`; a Duration's checked_sub is no integer overflow check (u64 sums stay numbers)
use std::fmt;
use std::time::Duration;

#[derive(Debug)]
enum RequestError {
    Blank,
    Missing(&'static str),
    BadSize(String),
    TooBig { size: u64, limit: u64 },
}

impl fmt::Display for RequestError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            RequestError::Blank => write!(f, "blank request"),
            RequestError::Missing(what) => write!(f, "missing {what}"),
            RequestError::BadSize(s) => write!(f, "bad size {s:?}"),
            RequestError::TooBig { size, limit } => write!(f, "{size} over {limit}"),
        }
    }
}

const LIMIT: u64 = 1 << 20;

fn parse_upload(line: &str) -> Result<(String, u64), RequestError> {
    let mut words = line.split_whitespace();
    let verb = words.next().ok_or(RequestError::Blank)?;
    let mut need = |what| words.next().ok_or(RequestError::Missing(what));
    let name = need("name")?.to_string();
    let size_text = need("size")?;
    let size: u64 = size_text
        .parse()
        .map_err(|_| RequestError::BadSize(size_text.to_string()))?;
    if size > LIMIT {
        return Err(RequestError::TooBig { size, limit: LIMIT });
    }
    Ok((format!("{verb}:{name}"), size))
}

fn main() {
    let mut accepted = 0;
    for line in ["PUT a.txt 120", "", "PUT", "PUT b.bin 12k", "PUT c.iso 9999999", "POST d.txt 30"] {
        match parse_upload(line) {
            Ok((what, size)) => {
                accepted += size;
                println!("{what} ({size} bytes)");
            }
            Err(RequestError::TooBig { size, .. }) => println!("refused: {} KiB", size / 1024),
            Err(RequestError::Missing(what)) => println!("incomplete: no {what}"),
            Err(other) => println!("error: {other}"),
        }
        match parse_upload(line) {
            Ok(_) => {}
            Err(RequestError::Blank) => println!("  (blank)"),
            Err(RequestError::BadSize(text)) => println!("  (size text {} chars)", text.len()),
            Err(e) => println!("  ({e:?})"),
        }
    }
    println!("accepted {accepted} bytes");
    let budget = Duration::from_millis(150);
    println!(
        "time left: {:?} then {:?}",
        Duration::from_millis(200).checked_sub(budget),
        Duration::from_millis(100).checked_sub(budget)
    );
}
