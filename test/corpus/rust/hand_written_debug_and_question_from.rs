// A config loader's error enum with both `impl Display` and a hand-written `impl Debug` (used by `{:?}`, inside Option and Vec, and by main returning Err: "Error: " plus the Debug form, exit 1); `?` converts a ParseFloatError by the user's `impl From`, `let x: f64 = s.parse()?` parses a float
use std::fmt;
use std::num::ParseFloatError;

enum LoadError {
    Missing(&'static str),
    BadNumber { key: String, cause: ParseFloatError },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Missing(key) => write!(f, "missing key `{}`", key),
            LoadError::BadNumber { key, .. } => write!(f, "`{}` is not a number", key),
        }
    }
}

impl fmt::Debug for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LoadError<")?;
        match self {
            LoadError::Missing(key) => write!(f, "missing {}", key)?,
            LoadError::BadNumber { key, cause } => write!(f, "{}: {}", key, cause)?,
        }
        write!(f, ">")
    }
}

impl From<ParseFloatError> for LoadError {
    fn from(cause: ParseFloatError) -> Self {
        LoadError::BadNumber {
            key: String::from("?"),
            cause,
        }
    }
}

fn ratio(text: &str) -> Result<f64, LoadError> {
    let value: f64 = text.trim().parse()?;
    Ok(value / 100.0)
}

fn lookup(key: &'static str, pairs: &[(&str, &str)]) -> Result<f64, LoadError> {
    for (k, v) in pairs {
        if *k == key {
            return ratio(v);
        }
    }
    Err(LoadError::Missing(key))
}

#[tokio::main]
async fn main() -> Result<(), LoadError> {
    let pairs = [("scale", " 250 "), ("offset", "x1"), ("gain", "12.5")];
    println!("scale = {:?}", lookup("scale", &pairs).ok());
    let errors: Vec<LoadError> = ["offset", "bias"]
        .into_iter()
        .filter_map(|k| lookup(k, &pairs).err())
        .collect();
    for e in &errors {
        println!("display: {} | debug: {:?}", e, e);
    }
    println!("all: {:?}", errors);
    println!("first: {:?}", errors.into_iter().next());
    let gain = lookup("gain", &pairs)?;
    println!("gain = {}", gain);
    let bias = lookup("bias", &pairs)?;
    println!("bias = {} (not reached)", bias);
    Ok(())
}
