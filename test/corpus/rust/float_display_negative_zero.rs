// f64 Display as Rust writes it: -0.0 prints `-0` with {} and to_string, `-0.0` with {:.1} and {:?}; integer zeros from negative operands print `0`; to_string of large and small floats has no exponent
fn describe(label: &str, value: f64) -> String {
    format!("{:<6}|{}|{:.1}|{:>6}|{:?}|", label, value, value, value, value)
}

fn main() {
    let readings = [1.5, -0.0, 0.0, -2.25];
    for (i, r) in readings.iter().enumerate() {
        println!("{}", describe(&format!("r{}", i), *r));
    }
    let flipped: Vec<f64> = readings.iter().map(|r| r * -1.0).collect();
    println!("flipped {:?}", flipped);
    let rounded = (-0.4f64).round();
    println!("rounded {} {}", rounded, rounded == 0.0);
    let z = -0.0f64;
    let texts = [z.to_string(), (0.1 + 0.2).to_string(), 1e21f64.to_string(), 1e-7f64.to_string()];
    println!("{}", texts.join(" "));
    let zero: i32 = 0;
    let m = -10 % 5;
    let q = -1 / 2;
    println!("ints {} {} {} {}", m, q, -zero, zero * -3);
}
