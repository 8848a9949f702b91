// rust book ch.9 style: a custom error enum with Display and std::error::Error (with source), `?` through map_err, ok_or_else and Box<dyn Error> in async fns
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    Missing(String),
    BadNumber { key: String, source: ParseIntError },
    OutOfRange { key: String, value: i64, max: i64 },
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Missing(k) => write!(f, "missing key `{}`", k),
            ConfigError::BadNumber { key, source } => write!(f, "key `{}` is not a number: {}", key, source),
            ConfigError::OutOfRange { key, value, max } => write!(f, "key `{}` = {} exceeds {}", key, value, max),
        }
    }
}

impl Error for ConfigError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            ConfigError::BadNumber { source, .. } => Some(source),
            _ => None,
        }
    }
}

fn lookup<'a>(text: &'a str, key: &str) -> Result<&'a str, ConfigError> {
    text.lines()
        .filter_map(|l| l.split_once('='))
        .find(|(k, _)| k.trim() == key)
        .map(|(_, v)| v.trim())
        .ok_or_else(|| ConfigError::Missing(key.to_string()))
}

async fn read_number(text: &str, key: &str, max: i64) -> Result<i64, ConfigError> {
    tokio::task::yield_now().await;
    let raw = lookup(text, key)?;
    let value: i64 = raw.parse().map_err(|e| ConfigError::BadNumber { key: key.into(), source: e })?;
    if value > max {
        return Err(ConfigError::OutOfRange { key: key.into(), value, max });
    }
    Ok(value)
}

async fn load(text: &str) -> Result<(i64, i64), Box<dyn Error>> {
    let workers = read_number(text, "workers", 64).await?;
    let port = read_number(text, "port", 65535).await?;
    Ok((workers, port))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn Error>> {
    let inputs = [
        "workers = 8\nport = 8080",
        "port = 80",
        "workers = eight\nport = 1",
        "workers = 4\nport = 70000",
        "# comment\nworkers=2\nport=443\n",
    ];
    for (i, text) in inputs.iter().enumerate() {
        match load(text).await {
            Ok((w, p)) => println!("#{} ok workers={} port={}", i, w, p),
            Err(e) => {
                print!("#{} error: {}", i, e);
                if let Some(src) = e.source() {
                    print!(" (caused by: {})", src);
                }
                println!();
            }
        }
    }
    let (w, p) = load(inputs[0]).await?;
    println!("final {}", w * p);
    Ok(())
}
