// Display impls that read the caller's Formatter: f.pad (width, fill, alignment, precision cutting the text), f.pad_integral (sign, `#` prefix, `0` padding), f.width/f.fill/f.alternate/f.sign_plus, while an impl that only write!s ignores the width
use std::fmt;

struct Tag(&'static str);

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(self.0)
    }
}

struct Offset(i32);

impl fmt::Display for Offset {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let digits = format!("{:o}", self.0.unsigned_abs());
        f.pad_integral(self.0 >= 0, "0o", &digits)
    }
}

struct Flags;

impl fmt::Display for Flags {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let width = match f.width() {
            Some(w) => w.to_string(),
            None => "none".to_string(),
        };
        write!(
            f,
            "width={} fill={:?} alt={} plus={}",
            width,
            f.fill(),
            f.alternate(),
            f.sign_plus()
        )
    }
}

struct Plain(u32);

impl fmt::Display for Plain {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Tag>(4);
    tokio::spawn(async move {
        for name in ["alpha", "beta", "gamma-delta"] {
            if tx.send(Tag(name)).await.is_err() {
                return;
            }
        }
    });
    while let Some(tag) = rx.recv().await {
        println!("[{}] [{:>8}] [{:-<8}] [{:^9}] [{:.3}] [{:>6.2}]", tag, tag, tag, tag, tag, tag);
    }
    for n in [8, -64, 0] {
        let o = Offset(n);
        println!("[{}] [{:#}] [{:6}] [{:<6}] [{:06}] [{:#08}] [{:+}]", o, o, o, o, o, o, o);
    }
    println!("{}", Flags);
    println!("{:_>12}", Flags);
    println!("{:#}", Flags);
    println!("{:+5}", Flags);
    let label = format!("[{:>6}] [{:<6}]", Plain(7), Plain(42));
    println!("{} <- no padding", label);
}
