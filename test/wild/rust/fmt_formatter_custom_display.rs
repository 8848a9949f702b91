// rust std::fmt docs style, std only: Display impls that honour the caller's width/fill/alignment via f.pad and f.pad_integral, read precision/alternate/sign_plus from the Formatter, debug_struct/debug_list/debug_map/debug_tuple builders with {:?} and {:#?}, named, positional and width$/.prec$ arguments
use std::fmt;

struct Money {
    cents: i64,
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.cents < 0 { "-" } else { "" };
        let abs = self.cents.unsigned_abs();
        let s = if f.alternate() {
            format!("{}{} EUR", sign, abs / 100)
        } else {
            format!("{}€{}.{:02}", sign, abs / 100, abs % 100)
        };
        f.pad(&s)
    }
}

struct Hex(u32);
impl fmt::Display for Hex {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad_integral(true, "0x", &format!("{:x}", self.0))
    }
}

struct Celsius(f64);
impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let p = f.precision().unwrap_or(1);
        if f.sign_plus() && self.0 >= 0.0 {
            write!(f, "+")?;
        }
        write!(f, "{:.*}°C", p, self.0)
    }
}

// Ignores width on purpose: write! straight through does not pad.
struct Raw(&'static str);
impl fmt::Display for Raw {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

struct Point {
    x: i32,
    y: i32,
}
impl fmt::Debug for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Point")
            .field("x", &self.x)
            .field("y", &self.y)
            .finish()
    }
}

struct Path(Vec<Point>);
impl fmt::Debug for Path {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_list().entries(self.0.iter()).finish()
    }
}

struct Env(Vec<(&'static str, Option<u8>)>);
impl fmt::Debug for Env {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_map()
            .entries(self.0.iter().map(|(k, v)| (k, v)))
            .finish()
    }
}

struct Rgb(u8, u8, u8);
impl fmt::Debug for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_tuple("Rgb")
            .field(&self.0)
            .field(&self.1)
            .field(&self.2)
            .finish()
    }
}

fn main() {
    let prices = [
        Money { cents: 1999 },
        Money { cents: -250 },
        Money { cents: 100000 },
    ];
    for m in &prices {
        println!("[{}] [{:>12}] [{:<12}] [{:*^12}] [{:#}]", m, m, m, m, m);
    }
    println!(
        "[{:.3}] [{:10.4}]",
        Money { cents: 123456 },
        Money { cents: 5 }
    );

    for h in [Hex(255), Hex(4096)] {
        println!(
            "[{}] [{:#}] [{:>8}] [{:08}] [{:#010}] [{:+}]",
            h, h, h, h, h, h
        );
    }

    let t = Celsius(21.456);
    println!(
        "{} {:.0} {:.3} {:+} {:+.2} {}",
        t,
        t,
        t,
        t,
        t,
        Celsius(-3.0)
    );
    println!(
        "[{:>10}] [{:<10}] <- Raw ignores width",
        Raw("raw"),
        Raw("raw")
    );

    let p = Point { x: 3, y: -4 };
    println!("{:?}", p);
    println!("{:#?}", p);
    let path = Path(vec![Point { x: 0, y: 0 }, Point { x: 1, y: 2 }]);
    println!("{:?}", path);
    println!("{:#?}", path);
    let env = Env(vec![("HOME", Some(1)), ("PATH", None)]);
    println!("{:?}", env);
    println!("{:#?}", Rgb(255, 128, 0));
    println!("{:?} {:5?}|{:<5?}|{:05?}", Rgb(1, 2, 3), 42, 7, -3);

    let name = "width";
    let w = 9;
    let prec = 2;
    println!(
        "[{name:>w$}] [{:>1$}] [{:.*}] [{val:^w$.prec$}]",
        "ab",
        5,
        2.0f64 / 3.0,
        val = 2.71828
    );
    println!("{0} {1} {0} {greeting}", "a", "b", greeting = "hi");
    println!(
        "{:e} {:E} {:.2e} {:10.3e}|",
        1234.5f64, 0.00012f64, 123456.0f64, 9.999e9f64
    );
    println!(
        "{:#x} {:#X} {:#o} {:#b} {:x?} {:X?}",
        255,
        255,
        8,
        5,
        vec![10, 255],
        vec![10, 255]
    );
    println!(
        "{{literal braces}} {:?} {:?} {:?}",
        "tab\there", 'q', "quote\"s"
    );
}
