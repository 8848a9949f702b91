// An `impl Display` that uses its Formatter: write_str for fixed text, and precision() so that
// `{:.2}` of the value formats its fields with two decimals (write! alone ignores it).
use std::fmt;

#[derive(Debug, Clone, Copy)]
enum Light {
    Red,
    Green,
    Blinking(u32),
}

impl fmt::Display for Light {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Light::Red => f.write_str("red"),
            Light::Green => f.write_str("green"),
            Light::Blinking(hz) => write!(f, "blinking at {} Hz", hz),
        }
    }
}

struct Point {
    x: f64,
    y: f64,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match f.precision() {
            Some(p) => write!(f, "({:.*}, {:.*})", p, self.x, p, self.y),
            None => write!(f, "({}, {})", self.x, self.y),
        }
    }
}

fn main() {
    for light in [Light::Red, Light::Green, Light::Blinking(3)] {
        println!("the light is {} ({:?})", light, light);
    }
    let p = Point { x: 1.0 / 3.0, y: 2.5 };
    println!("plain {}", p);
    println!("two decimals {:.2}", p);
    println!("none {:.0}", p);
    let text = format!("{:.3}", p);
    println!("formatted into a String: {}", text);
}
