// Functions named by path and used as values or called with their receiver first (f64::powf,
// str::trim, i32::abs), std::f64::consts, lossless `u32::from` and checked `u8::try_from`.
use std::collections::HashMap;
use std::f64::consts::PI;

fn apply(f: fn(f64, f64) -> f64, a: f64, b: f64) -> f64 {
    f(a, b)
}

fn main() {
    // A circle's area with the imported PI, a full turn with the module path.
    let r = 2.0;
    println!("area {:.4} turn {:.5}", PI * r * r, std::f64::consts::TAU);

    // A method of f64 passed where a function is expected.
    let mut ops: HashMap<&str, Box<dyn Fn(f64, f64) -> f64>> = HashMap::new();
    ops.insert("pow", Box::new(f64::powf));
    ops.insert("max", Box::new(f64::max));
    println!("pow {} max {}", ops["pow"](2.0, 10.0), ops["max"](3.5, -1.0));
    println!("apply {}", apply(f64::min, 4.0, 9.0));

    // The same methods called through their type's path.
    println!("called {} {}", f64::powf(3.0, 2.0), i32::abs(-17));

    // str::trim on every field of a record.
    let fields: Vec<&str> = " ann , 42 ,  x@y.z ".split(',').map(str::trim).collect();
    println!("{:?}", fields);
    let upper: Vec<String> = vec!["a", "bc"].into_iter().map(str::to_uppercase).collect();
    println!("{:?}", upper);

    // Conversions between integer types: From never fails, TryFrom says when it would.
    let small: u8 = 200;
    let wide = u32::from(small) * 1000;
    println!("u32::from {} i64::from {}", wide, i64::from(-5i32));
    for n in [7i32, 255, 256, -1] {
        match u8::try_from(n) {
            Ok(b) => println!("{} fits in u8: {}", n, b),
            Err(e) => println!("{} does not fit: {} / {:?}", n, e, e),
        }
    }
    println!("{:?} {:?}", i16::try_from(-300i64), u16::try_from(70000u32).is_err());
}
