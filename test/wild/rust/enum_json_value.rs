// rust by example style (std only): a recursive enum Value for JSON-like data, a hand-written recursive-descent parser returning Result with positions, a Display serializer with escaping, and queries by path with match and Option chains
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Value {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Value>),
    Obj(BTreeMap<String, Value>),
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Value::Null => write!(f, "null"),
            Value::Bool(b) => write!(f, "{}", b),
            Value::Num(n) => write!(f, "{}", n),
            Value::Str(s) => {
                write!(f, "\"")?;
                for c in s.chars() {
                    match c {
                        '"' => write!(f, "\\\"")?,
                        '\\' => write!(f, "\\\\")?,
                        '\n' => write!(f, "\\n")?,
                        c if (c as u32) < 0x20 => write!(f, "\\u{:04x}", c as u32)?,
                        c => write!(f, "{}", c)?,
                    }
                }
                write!(f, "\"")
            }
            Value::Arr(items) => {
                write!(f, "[")?;
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        write!(f, ",")?;
                    }
                    write!(f, "{}", v)?;
                }
                write!(f, "]")
            }
            Value::Obj(map) => {
                write!(f, "{{")?;
                for (i, (k, v)) in map.iter().enumerate() {
                    if i > 0 {
                        write!(f, ",")?;
                    }
                    write!(f, "{}:{}", Value::Str(k.clone()), v)?;
                }
                write!(f, "}}")
            }
        }
    }
}

#[derive(Debug)]
struct ParseError {
    pos: usize,
    msg: String,
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
}

impl Parser {
    fn new(src: &str) -> Self {
        Parser {
            chars: src.chars().collect(),
            pos: 0,
        }
    }

    fn err<T>(&self, msg: &str) -> Result<T, ParseError> {
        Err(ParseError {
            pos: self.pos,
            msg: msg.to_string(),
        })
    }

    fn skip_ws(&mut self) {
        while self
            .chars
            .get(self.pos)
            .map_or(false, |c| c.is_whitespace())
        {
            self.pos += 1;
        }
    }

    fn expect(&mut self, c: char) -> Result<(), ParseError> {
        self.skip_ws();
        if self.chars.get(self.pos) == Some(&c) {
            self.pos += 1;
            Ok(())
        } else {
            self.err(&format!("expected {:?}", c))
        }
    }

    fn literal(&mut self, word: &str, v: Value) -> Result<Value, ParseError> {
        let end = self.pos + word.chars().count();
        if end <= self.chars.len() && self.chars[self.pos..end].iter().collect::<String>() == word {
            self.pos = end;
            Ok(v)
        } else {
            self.err("bad literal")
        }
    }

    fn value(&mut self) -> Result<Value, ParseError> {
        self.skip_ws();
        match self.chars.get(self.pos) {
            None => self.err("unexpected end"),
            Some('n') => self.literal("null", Value::Null),
            Some('t') => self.literal("true", Value::Bool(true)),
            Some('f') => self.literal("false", Value::Bool(false)),
            Some('"') => self.string().map(Value::Str),
            Some('[') => {
                self.pos += 1;
                let mut items = Vec::new();
                self.skip_ws();
                if self.chars.get(self.pos) == Some(&']') {
                    self.pos += 1;
                    return Ok(Value::Arr(items));
                }
                loop {
                    items.push(self.value()?);
                    self.skip_ws();
                    match self.chars.get(self.pos) {
                        Some(',') => self.pos += 1,
                        Some(']') => {
                            self.pos += 1;
                            return Ok(Value::Arr(items));
                        }
                        _ => return self.err("expected ',' or ']'"),
                    }
                }
            }
            Some('{') => {
                self.pos += 1;
                let mut map = BTreeMap::new();
                self.skip_ws();
                if self.chars.get(self.pos) == Some(&'}') {
                    self.pos += 1;
                    return Ok(Value::Obj(map));
                }
                loop {
                    self.skip_ws();
                    let key = self.string()?;
                    self.expect(':')?;
                    let v = self.value()?;
                    map.insert(key, v);
                    self.skip_ws();
                    match self.chars.get(self.pos) {
                        Some(',') => self.pos += 1,
                        Some('}') => {
                            self.pos += 1;
                            return Ok(Value::Obj(map));
                        }
                        _ => return self.err("expected ',' or '}'"),
                    }
                }
            }
            Some(c) if *c == '-' || c.is_ascii_digit() => {
                let start = self.pos;
                while self
                    .chars
                    .get(self.pos)
                    .map_or(false, |c| "+-.eE".contains(*c) || c.is_ascii_digit())
                {
                    self.pos += 1;
                }
                let text: String = self.chars[start..self.pos].iter().collect();
                text.parse()
                    .map(Value::Num)
                    .or_else(|_| self.err(&format!("bad number {text}")))
            }
            Some(c) => self.err(&format!("unexpected {:?}", c)),
        }
    }

    fn string(&mut self) -> Result<String, ParseError> {
        if self.chars.get(self.pos) != Some(&'"') {
            return self.err("expected string");
        }
        self.pos += 1;
        let mut out = String::new();
        loop {
            match self.chars.get(self.pos) {
                None => return self.err("unterminated string"),
                Some('"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some('\\') => {
                    let esc = self.chars.get(self.pos + 1).copied();
                    out.push(match esc {
                        Some('n') => '\n',
                        Some('t') => '\t',
                        Some(c @ ('"' | '\\' | '/')) => c,
                        _ => return self.err("bad escape"),
                    });
                    self.pos += 2;
                }
                Some(c) => {
                    out.push(*c);
                    self.pos += 1;
                }
            }
        }
    }
}

fn parse(src: &str) -> Result<Value, ParseError> {
    let mut p = Parser::new(src);
    let v = p.value()?;
    p.skip_ws();
    if p.pos != p.chars.len() {
        return p.err("trailing characters");
    }
    Ok(v)
}

fn get<'v>(v: &'v Value, path: &str) -> Option<&'v Value> {
    path.split('.').try_fold(v, |cur, key| match cur {
        Value::Obj(m) => m.get(key),
        Value::Arr(a) => key.parse::<usize>().ok().and_then(|i| a.get(i)),
        _ => None,
    })
}

fn main() {
    let src = r#" { "name": "Widget \"Pro\"", "price": 12.50, "tags": ["tools", "métal", "new\nline"],
                   "stock": {"oslo": 4, "rome": 0}, "discontinued": false, "notes": null, "dims": [1e2, -3, 0.25] } "#;
    let doc = parse(src).expect("valid document");
    println!("{}", doc);
    for path in [
        "name",
        "price",
        "tags.1",
        "tags.9",
        "stock.oslo",
        "stock.paris",
        "dims.0",
        "name.x",
    ] {
        match get(&doc, path) {
            Some(v) => println!("  {:<12} = {}", path, v),
            None => println!("  {:<12} missing", path),
        }
    }
    let in_stock: Vec<&String> = match get(&doc, "stock") {
        Some(Value::Obj(m)) => m
            .iter()
            .filter(|(_, v)| matches!(v, Value::Num(n) if *n > 0.0))
            .map(|(k, _)| k)
            .collect(),
        _ => vec![],
    };
    println!("in stock at: {:?}", in_stock);
    let total: f64 = match get(&doc, "dims") {
        Some(Value::Arr(items)) => items
            .iter()
            .filter_map(|v| {
                if let Value::Num(n) = v {
                    Some(*n)
                } else {
                    None
                }
            })
            .sum(),
        _ => 0.0,
    };
    println!("dims sum: {}", total);
    let again = parse(&doc.to_string()).expect("round trip");
    println!("round trip equal: {}", again == doc);

    for bad in [
        "[1, 2",
        "{\"a\" 1}",
        "tru",
        "[1,]x",
        "\"open",
        "{\"k\": \"\\q\"}",
        "[1] 2",
    ] {
        match parse(bad) {
            Ok(v) => println!("{:<14} parsed?! {}", bad, v),
            Err(e) => println!("{:<14} error at {}: {}", bad, e.pos, e.msg),
        }
    }
}
