// What integer arithmetic does at its type's edges: overflowing_* (the wrapped value and a
// flag), wrapping_neg and checked_neg of the minimum, abs_diff, div_euclid, float-to-integer
// casts that saturate (NaN becomes 0), and a u64 past 2^53 turned into an f64.
fn main() {
    let a: u8 = 250;
    println!("{:?} {:?}", a.overflowing_add(10), a.overflowing_add(5));
    println!("{:?} {:?}", 3u8.overflowing_sub(4), 20i32.overflowing_mul(3));
    let low = i8::MIN;
    println!("wrapping_neg {} checked_neg {:?} {:?}", low.wrapping_neg(), low.checked_neg(), 5i8.checked_neg());
    println!("abs_diff {} {}", (-100i8).abs_diff(100), 3u32.abs_diff(10));
    for (n, d) in [(-7i32, 2), (7, 2), (-7, -2), (7, -2)] {
        println!("{} div_euclid {} = {}, rem_euclid = {}", n, d, n.div_euclid(d), n.rem_euclid(d));
    }
    let floats = [3.99f64, -3.99, 1e20, -1e20, f64::NAN, 300.5];
    for f in floats {
        println!("{} as i32 = {}, as u8 = {}", f, f as i32, f as u8);
    }
    let big: u64 = 1 << 60;
    let checked = big.checked_mul(20);
    println!("{} {:?} as f64 {}", big + 1, checked, (big + 1) as f64);
}
