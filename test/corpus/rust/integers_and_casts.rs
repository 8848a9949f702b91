// Integer types u8, u16, u32, u64, i32, i64, usize and `as` casts: truncation to narrower
// types, sign changes, float to int, integer division and remainder of negatives, checked,
// wrapping and saturating arithmetic, MAX constants; every value stays below 2^53.
fn main() {
    let big: u32 = 300;
    let small = big as u8;
    println!("300 as u8 = {}", small);
    let neg: i32 = -1;
    println!("-1 as u32 = {}, -1 as u8 = {}, -1 as u16 = {}", neg as u32, neg as u8, neg as u16);
    let byte: u8 = 200;
    println!("200u8 as i8 = {}, as i32 = {}", byte as i8, byte as i32);
    let f = -7.9f64;
    println!("-7.9 as i32 = {}, as u8 = {}, 3.99 as u64 = {}", f as i32, f as u8, 3.99f64 as u64);
    println!("1e10 as u32 = {}, 70000 as i16 = {}", 1e10 as u32, 70000i32 as i16);

    println!("-7 / 2 = {}, -7 % 2 = {}, 7 / -2 = {}", -7 / 2, -7 % 2, 7 / -2);
    println!("-7 rem_euclid 2 = {}, 17u64 / 5 = {}", (-7i32).rem_euclid(2), 17u64 / 5);

    let a: u8 = 250;
    println!("checked 250+10 = {:?}, checked 250+5 = {:?}", a.checked_add(10), a.checked_add(5));
    println!("wrapping 250+10 = {}, saturating 250+10 = {}", a.wrapping_add(10), a.saturating_add(10));
    println!("saturating 3-5 as u32 = {}", 3u32.saturating_sub(5));
    println!("u8::MAX {} u16::MAX {} i32::MIN {} u32::MAX {}", u8::MAX, u16::MAX, i32::MIN, u32::MAX);

    let items = vec![10u64, 20, 30];
    let count: usize = items.len();
    let total: u64 = items.iter().sum();
    let mean = total / count as u64;
    println!("count {} total {} mean {}", count, total, mean);
    let index = (total as usize) % items.len();
    println!("index {} -> {}", index, items[index]);

    let mut hash: u64 = 5381;
    for b in "tokio".bytes() {
        hash = (hash * 33 + b as u64) % 1_000_000_007;
    }
    println!("hash {}", hash);
    let ms: u64 = 1_700_000_000_123;
    println!("{} ms = {} s and {} ms", ms, ms / 1000, ms % 1000);
    let shifted = 1u64 << 40;
    println!("1 << 40 = {}, >> 3 = {}, & 0xff = {}", shifted, shifted >> 3, (shifted + 300) & 0xff);
    println!("{:x} {:o} {:b} {:08b}", 255, 8, 5u8, 5u8);
    let c = 'A' as u8 + 2;
    println!("'A' + 2 = {}, back to char {}", c, c as char);
    println!("pow {} abs {} min {} max {}", 3i64.pow(20), (-42i32).abs(), 4.min(9), 4u16.max(9));
}
