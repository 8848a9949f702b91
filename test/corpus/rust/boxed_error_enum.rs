// A custom error enum with Display and std::error::Error (with a source) passed up with `?`
// into Box<dyn Error>, whose Display and source() are still the enum's; parse() takes its
// integer type from the variable it goes to, and main returning Err exits 1.
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum SizeError {
    Empty,
    NotANumber(ParseIntError),
    TooBig(u16),
}

impl fmt::Display for SizeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SizeError::Empty => write!(f, "no size given"),
            SizeError::NotANumber(e) => write!(f, "size is not a number ({})", e),
            SizeError::TooBig(n) => write!(f, "size {} is over the limit", n),
        }
    }
}

impl Error for SizeError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            SizeError::NotANumber(e) => Some(e),
            _ => None,
        }
    }
}

fn size(text: &str) -> Result<u16, SizeError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(SizeError::Empty);
    }
    // u16: "70000" does not fit, which parse reports.
    let n: u16 = text.parse().map_err(SizeError::NotANumber)?;
    if n > 1000 {
        return Err(SizeError::TooBig(n));
    }
    Ok(n)
}

fn area(w: &str, h: &str) -> Result<u32, Box<dyn Error>> {
    let w = size(w)?;
    let h = size(h)?;
    Ok(w as u32 * h as u32)
}

fn main() -> Result<(), Box<dyn Error>> {
    for (w, h) in [("3", "4"), (" ", "2"), ("x", "2"), ("70000", "1"), ("5", "2000")] {
        match area(w, h) {
            Ok(a) => println!("{} x {} = {}", w, h, a),
            Err(e) => {
                print!("{:?} x {:?}: {}", w, h, e);
                if let Some(cause) = e.source() {
                    print!(" (because: {})", cause);
                }
                println!();
            }
        }
    }
    let total = area("10", "oops")?;
    println!("not reached {}", total);
    Ok(())
}
