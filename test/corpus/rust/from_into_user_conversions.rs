// user `impl From` / `impl TryFrom` (with `type Error`) reached through `Y::from`, `.into()` and `.try_into()` into annotated targets, an associated const as the limit, and std's integer TryFrom/From
use std::convert::TryFrom;
use std::convert::TryInto;
use std::fmt;

#[derive(Debug, Clone, Copy)]
struct Millis(u64);

#[derive(Debug, Clone, Copy)]
struct Seconds(f64);

impl From<Millis> for Seconds {
    fn from(ms: Millis) -> Self {
        Seconds(ms.0 as f64 / 1000.0)
    }
}

#[derive(Debug)]
struct Level(u8);

impl Level {
    const TOP: u8 = 9;
}

#[derive(Debug)]
enum LevelError {
    Below(i64),
    Above { got: i64, top: u8 },
}

impl fmt::Display for LevelError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LevelError::Below(n) => write!(f, "{n} is below zero"),
            LevelError::Above { got, top } => write!(f, "{got} is past the top level {top}"),
        }
    }
}

impl TryFrom<i64> for Level {
    type Error = LevelError;

    fn try_from(n: i64) -> Result<Self, Self::Error> {
        if n < 0 {
            Err(LevelError::Below(n))
        } else if n > Level::TOP as i64 {
            Err(LevelError::Above { got: n, top: Level::TOP })
        } else {
            Ok(Level(n as u8))
        }
    }
}

fn main() {
    let lap = Millis(83_250);
    let secs: Seconds = lap.into();
    println!("{:?} is {:?}", lap, secs);
    println!("direct: {:?}", Seconds::from(Millis(500)));

    for n in [3, -2, 12, 9] {
        match Level::try_from(n) {
            Ok(level) => println!("level {n}: {:?}", level),
            Err(e) => println!("level {n}: {e}"),
        }
    }
    let converted: Result<Level, LevelError> = 7i64.try_into();
    println!("7 into a level: {:?}", converted);
    let too_high: Result<Level, _> = 40i64.try_into();
    if let Err(e) = too_high {
        println!("40 into a level: {} ({:?})", e, e);
    }
    println!("top level: {}", Level::TOP);

    println!("u8::try_from(300) = {:?}", u8::try_from(300i32));
    match u8::try_from(-1i64) {
        Ok(b) => println!("byte {b}"),
        Err(e) => println!("u8::try_from(-1): {e}"),
    }
    println!("i16::try_from(1234u32) = {:?}", i16::try_from(1234u32));
    println!("u32::from('A') = {}, u32::from('é') = {}", u32::from('A'), u32::from('é'));
    println!("u64::from(7u8) = {}, f64::from(1.5f32) = {}", u64::from(7u8), f64::from(1.5f32));
}
