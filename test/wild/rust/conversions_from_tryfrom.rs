// rust by example style (std only): From/Into between newtypes, TryFrom with a custom error, FromStr for parse(), associated consts, a blanket trait impl for every Display type, and ? using From to convert errors
use std::convert::TryFrom;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Celsius(f64);
#[derive(Debug, Clone, Copy, PartialEq)]
struct Fahrenheit(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

#[derive(Debug, PartialEq)]
struct Percent(u8);

#[derive(Debug, PartialEq)]
enum PercentError {
    Negative(i32),
    TooLarge(i32),
    NotANumber(String),
}

impl fmt::Display for PercentError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            PercentError::Negative(v) => write!(f, "{v} is negative"),
            PercentError::TooLarge(v) => write!(f, "{v} is above {}", Percent::MAX),
            PercentError::NotANumber(s) => write!(f, "{s:?} is not a number"),
        }
    }
}

impl Percent {
    const MAX: u8 = 100;
}

impl TryFrom<i32> for Percent {
    type Error = PercentError;
    fn try_from(v: i32) -> Result<Self, Self::Error> {
        match v {
            v if v < 0 => Err(PercentError::Negative(v)),
            v if v > Percent::MAX as i32 => Err(PercentError::TooLarge(v)),
            v => Ok(Percent(v as u8)),
        }
    }
}

impl From<std::num::ParseIntError> for PercentError {
    fn from(e: std::num::ParseIntError) -> Self {
        PercentError::NotANumber(e.to_string())
    }
}

impl FromStr for Percent {
    type Err = PercentError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let n: i32 = s.trim().trim_end_matches('%').parse()?;
        Percent::try_from(n)
    }
}

trait Shout {
    fn shout(&self) -> String;
}

impl<T: fmt::Display> Shout for T {
    fn shout(&self) -> String {
        self.to_string().to_uppercase() + "!"
    }
}

fn describe<T: Into<Fahrenheit>>(t: T) -> String {
    let f: Fahrenheit = t.into();
    format!("{:.1}°F", f.0)
}

fn main() {
    let boil = Celsius(100.0);
    let f: Fahrenheit = boil.into();
    println!("{:?} -> {:?}, {}", boil, f, describe(Celsius(-40.0)));
    println!("From::from: {:?}", Fahrenheit::from(Celsius(37.0)));

    for v in [42, -3, 101, 100] {
        match Percent::try_from(v) {
            Ok(p) => println!("try_from({v}) = {:?}", p),
            Err(e) => println!("try_from({v}) failed: {e}"),
        }
    }
    let r: Result<Percent, _> = 7.try_into();
    println!("try_into: {:?}", r);
    for s in ["55%", " 12 ", "250", "ten", "-1%"] {
        println!(
            "parse {:?}: {:?}",
            s,
            s.parse::<Percent>().map_err(|e| e.to_string())
        );
    }

    println!(
        "u8::try_from(300i32) = {:?}",
        u8::try_from(300i32).map_err(|e| e.to_string())
    );
    println!("i8::try_from(-128i64) = {:?}", i8::try_from(-128i64));
    println!(
        "u32 from u16: {}, i64 from i32: {}, f64 from f32: {}",
        u32::from(65535u16),
        i64::from(-5i32),
        f64::from(0.5f32)
    );
    println!(
        "char from u8: {:?}, u32 from char: {}",
        char::from(97u8),
        u32::from('€')
    );
    let s: String = 'x'.into();
    let v: Vec<u8> = "hi".into();
    let b: Box<str> = "boxed".into();
    println!("{s} {:?} {b}", v);
    println!("{} {} {}", "hello".shout(), 42.shout(), 'q'.shout());
}
