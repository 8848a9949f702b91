// tokio tutorial style (framing): a connection task buffers byte chunks arriving over mpsc, parses RESP-like frames with a cursor, waits for more data on Incomplete, and answers GET/SET against a HashMap
use std::collections::HashMap;
use std::fmt;
use tokio::sync::mpsc;

#[derive(Debug, Clone, PartialEq)]
enum Frame {
    Simple(String),
    Error(String),
    Integer(i64),
    Bulk(Vec<u8>),
    Null,
    Array(Vec<Frame>),
}

#[derive(Debug)]
enum ParseError {
    Incomplete,
    Invalid(String),
}

impl fmt::Display for Frame {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Frame::Simple(s) => write!(f, "+{}", s),
            Frame::Error(s) => write!(f, "-{}", s),
            Frame::Integer(n) => write!(f, ":{}", n),
            Frame::Bulk(b) => write!(f, "${:?}", String::from_utf8_lossy(b)),
            Frame::Null => write!(f, "(nil)"),
            Frame::Array(items) => {
                write!(f, "[")?;
                for (i, it) in items.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{}", it)?;
                }
                write!(f, "]")
            }
        }
    }
}

struct Cursor<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn line(&mut self) -> Result<&'a [u8], ParseError> {
        let start = self.pos;
        let rest = &self.buf[start..];
        match rest.windows(2).position(|w| w == b"\r\n") {
            Some(i) => {
                self.pos = start + i + 2;
                Ok(&rest[..i])
            }
            None => Err(ParseError::Incomplete),
        }
    }

    fn byte(&mut self) -> Result<u8, ParseError> {
        let b = *self.buf.get(self.pos).ok_or(ParseError::Incomplete)?;
        self.pos += 1;
        Ok(b)
    }

    fn number(&mut self) -> Result<i64, ParseError> {
        let line = self.line()?;
        std::str::from_utf8(line)
            .ok()
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| {
                ParseError::Invalid(format!("bad number {:?}", String::from_utf8_lossy(line)))
            })
    }

    fn frame(&mut self) -> Result<Frame, ParseError> {
        match self.byte()? {
            b'+' => Ok(Frame::Simple(
                String::from_utf8_lossy(self.line()?).into_owned(),
            )),
            b'-' => Ok(Frame::Error(
                String::from_utf8_lossy(self.line()?).into_owned(),
            )),
            b':' => Ok(Frame::Integer(self.number()?)),
            b'$' => {
                let len = self.number()?;
                if len < 0 {
                    return Ok(Frame::Null);
                }
                let len = len as usize;
                if self.buf.len() < self.pos + len + 2 {
                    return Err(ParseError::Incomplete);
                }
                let data = self.buf[self.pos..self.pos + len].to_vec();
                self.pos += len + 2;
                Ok(Frame::Bulk(data))
            }
            b'*' => {
                let n = self.number()?;
                let mut items = Vec::with_capacity(n as usize);
                for _ in 0..n {
                    items.push(self.frame()?);
                }
                Ok(Frame::Array(items))
            }
            other => Err(ParseError::Invalid(format!(
                "unexpected type byte {:?}",
                other as char
            ))),
        }
    }
}

/// Try to take one frame off the front of the buffer.
fn parse_frame(buf: &mut Vec<u8>) -> Result<Option<Frame>, String> {
    let mut cur = Cursor { buf, pos: 0 };
    match cur.frame() {
        Ok(frame) => {
            let used = cur.pos;
            buf.drain(..used);
            Ok(Some(frame))
        }
        Err(ParseError::Incomplete) => Ok(None),
        Err(ParseError::Invalid(msg)) => Err(msg),
    }
}

fn apply(db: &mut HashMap<String, Vec<u8>>, frame: Frame) -> Frame {
    let parts: Vec<String> = match frame {
        Frame::Array(items) => items
            .into_iter()
            .map(|f| match f {
                Frame::Bulk(b) => String::from_utf8_lossy(&b).into_owned(),
                Frame::Simple(s) => s,
                other => other.to_string(),
            })
            .collect(),
        other => return Frame::Error(format!("ERR expected array, got {}", other)),
    };
    match parts
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .as_slice()
    {
        [cmd, key] if cmd.eq_ignore_ascii_case("get") => match db.get(*key) {
            Some(v) => Frame::Bulk(v.clone()),
            None => Frame::Null,
        },
        [cmd, key, value] if cmd.eq_ignore_ascii_case("set") => {
            db.insert(key.to_string(), value.as_bytes().to_vec());
            Frame::Simple("OK".into())
        }
        [cmd, keys @ ..] if cmd.eq_ignore_ascii_case("del") => {
            Frame::Integer(keys.iter().filter(|k| db.remove(**k).is_some()).count() as i64)
        }
        [cmd, ..] => Frame::Error(format!("ERR unknown command '{}'", cmd)),
        [] => Frame::Error("ERR empty command".into()),
    }
}

#[tokio::main]
async fn main() {
    let (socket_tx, mut socket_rx) = mpsc::channel::<Vec<u8>>(4);
    let (reply_tx, mut reply_rx) = mpsc::channel::<Frame>(4);

    let conn = tokio::spawn(async move {
        let mut buf = Vec::new();
        let mut db = HashMap::new();
        let mut reads = 0;
        while let Some(chunk) = socket_rx.recv().await {
            reads += 1;
            buf.extend_from_slice(&chunk);
            loop {
                match parse_frame(&mut buf) {
                    Ok(Some(frame)) => reply_tx.send(apply(&mut db, frame)).await.unwrap(),
                    Ok(None) => break,
                    Err(msg) => {
                        reply_tx
                            .send(Frame::Error(format!("ERR protocol: {}", msg)))
                            .await
                            .unwrap();
                        buf.clear();
                        break;
                    }
                }
            }
        }
        (reads, buf.len())
    });

    let printer = tokio::spawn(async move {
        let mut n = 0;
        while let Some(reply) = reply_rx.recv().await {
            n += 1;
            println!("reply {}: {}", n, reply);
        }
    });

    let stream: &[u8] = b"*3\r\n$3\r\nSET\r\n$5\r\nhello\r\n$5\r\nworld\r\n*2\r\n$3\r\nGET\r\n$5\r\nhello\r\n*2\r\n$3\r\nGET\r\n$4\r\nnope\r\n*1\r\n+PING\r\n*3\r\n$3\r\nDEL\r\n$5\r\nhello\r\n$4\r\nnope\r\n:42\r\n*2\r\n$3\r\nGET\r\n$5\r\nhello\r\n";
    // Deliver the bytes in awkward chunk sizes, splitting frames anywhere.
    let sizes = [5usize, 1, 17, 3, 30, 2, 9, 64, 11, 200];
    let mut at = 0;
    for size in sizes.iter().cycle() {
        if at >= stream.len() {
            break;
        }
        let end = (at + size).min(stream.len());
        socket_tx.send(stream[at..end].to_vec()).await.unwrap();
        at = end;
    }
    socket_tx.send(b"?garbage\r\n".to_vec()).await.unwrap();
    socket_tx.send(b"*2\r\n$3\r\nGET".to_vec()).await.unwrap();
    drop(socket_tx);

    let (reads, leftover) = conn.await.unwrap();
    printer.await.unwrap();
    println!("reads: {}, unparsed bytes left: {}", reads, leftover);
}
