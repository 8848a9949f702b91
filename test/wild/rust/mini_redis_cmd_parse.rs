// tokio tutorial style (channels + framing): text commands parsed into an enum with a ParseError, clients send Command + oneshot responder to a db task
use std::collections::HashMap;
use std::fmt;
use tokio::sync::{mpsc, oneshot};

#[derive(Debug)]
enum Command {
    Get { key: String },
    Set { key: String, val: String, ttl: Option<u64> },
    Del { keys: Vec<String> },
    Incr { key: String, by: i64 },
}

#[derive(Debug, PartialEq)]
enum ParseError {
    Empty,
    Unknown(String),
    MissingArg(&'static str),
    BadNumber(String),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Empty => write!(f, "empty command"),
            ParseError::Unknown(c) => write!(f, "unknown command '{}'", c),
            ParseError::MissingArg(a) => write!(f, "missing argument <{}>", a),
            ParseError::BadNumber(s) => write!(f, "not a number: {}", s),
        }
    }
}

fn parse(line: &str) -> Result<Command, ParseError> {
    let mut parts = line.split_whitespace();
    let name = parts.next().ok_or(ParseError::Empty)?.to_ascii_uppercase();
    let mut arg = |what| parts.next().map(str::to_string).ok_or(ParseError::MissingArg(what));
    match name.as_str() {
        "GET" => Ok(Command::Get { key: arg("key")? }),
        "SET" => {
            let key = arg("key")?;
            let val = arg("value")?;
            let ttl = match arg("ttl") {
                Ok(s) => Some(s.parse::<u64>().map_err(|_| ParseError::BadNumber(s))?),
                Err(_) => None,
            };
            Ok(Command::Set { key, val, ttl })
        }
        "DEL" => {
            let keys: Vec<String> = parts.map(String::from).collect();
            if keys.is_empty() {
                Err(ParseError::MissingArg("key"))
            } else {
                Ok(Command::Del { keys })
            }
        }
        "INCR" => {
            let key = arg("key")?;
            let by = match arg("by") {
                Ok(s) => s.parse().map_err(|_| ParseError::BadNumber(s))?,
                Err(_) => 1,
            };
            Ok(Command::Incr { key, by })
        }
        other => Err(ParseError::Unknown(other.to_string())),
    }
}

type Responder = oneshot::Sender<Result<String, String>>;

async fn db_task(mut rx: mpsc::Receiver<(Command, Responder)>) -> usize {
    let mut store: HashMap<String, String> = HashMap::new();
    let mut handled = 0;
    while let Some((cmd, resp)) = rx.recv().await {
        handled += 1;
        let out = match cmd {
            Command::Get { key } => Ok(store.get(&key).cloned().unwrap_or_else(|| "(nil)".into())),
            Command::Set { key, val, ttl } => {
                store.insert(key, val);
                Ok(match ttl {
                    Some(t) => format!("OK (ttl {}s)", t),
                    None => "OK".to_string(),
                })
            }
            Command::Del { keys } => Ok(keys.iter().filter(|k| store.remove(*k).is_some()).count().to_string()),
            Command::Incr { key, by } => {
                let cur = store.get(&key).map(|v| v.parse::<i64>()).unwrap_or(Ok(0));
                match cur {
                    Ok(n) => {
                        let next = n + by;
                        store.insert(key, next.to_string());
                        Ok(next.to_string())
                    }
                    Err(_) => Err("ERR value is not an integer".to_string()),
                }
            }
        };
        let _ = resp.send(out);
    }
    handled
}

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel(8);
    let db = tokio::spawn(db_task(rx));
    let script = [
        "set greeting hello",
        "GET greeting",
        "set session abc 30",
        "set bad x notanumber",
        "incr visits",
        "INCR visits 41",
        "incr greeting",
        "frobnicate now",
        "",
        "get",
        "del greeting session nothing",
        "get greeting",
    ];
    for line in script {
        match parse(line) {
            Ok(cmd) => {
                let (resp_tx, resp_rx) = oneshot::channel();
                tx.send((cmd, resp_tx)).await.unwrap();
                match resp_rx.await.unwrap() {
                    Ok(v) => println!("{:<30} => {}", line, v),
                    Err(e) => println!("{:<30} => error: {}", line, e),
                }
            }
            Err(e) => println!("{:<30} => parse error: {}", format!("{:?}", line), e),
        }
    }
    drop(tx);
    println!("db handled {} commands", db.await.unwrap());
    assert_eq!(parse("  ").unwrap_err(), ParseError::Empty);
}
