// rust std docs style: wrapping/checked/saturating/overflowing arithmetic, u64/i64 beyond 2^53, casts between widths
fn main() {
    let a: u8 = 250;
    println!("wrapping_add {}", a.wrapping_add(10));
    println!("checked_add {:?} {:?}", a.checked_add(5), a.checked_add(6));
    println!("saturating_add {} saturating_sub {}", a.saturating_add(100), 5u8.saturating_sub(9));
    println!("overflowing_add {:?}", a.overflowing_add(7));
    println!("checked_mul {:?} {:?}", 16u8.checked_mul(15), 16u8.checked_mul(16));
    println!("i8 wrapping_neg {} checked_neg {:?} abs_diff {}", i8::MIN.wrapping_neg(), i8::MIN.checked_neg(), (-100i8).abs_diff(100));

    let big: u64 = 1 << 53;
    println!("2^53 = {} next {} plus3 {}", big, big + 1, big + 3);
    let max = u64::MAX;
    println!("u64::MAX {} as hex {:#x}", max, max);
    println!("max wrapping_add 2 = {} max/3 = {} max%1000 = {}", max.wrapping_add(2), max / 3, max % 1000);
    let prod = 4_294_967_311u64.wrapping_mul(4_294_967_357);
    println!("wrapping_mul {}", prod);
    println!("i64::MIN {} i64::MAX {} min-1 wraps {}", i64::MIN, i64::MAX, i64::MIN.wrapping_sub(1));
    println!("checked i64 mul {:?}", 3_037_000_500i64.checked_mul(3_037_000_500));
    println!("i64 arithmetic {}", 9_007_199_254_740_993i64 - 9_007_199_254_740_992i64);

    println!("casts {} {} {} {}", 300i32 as u8, -1i32 as u8, 200u8 as i8, -1i64 as u64);
    println!("float casts {} {} {} {}", 3.99f64 as i32, -3.99f64 as i32, 1e20f64 as i32, f64::NAN as u8);
    println!("u64 as f64 {} back {}", (u64::MAX - 1) as f64, ((1u64 << 60) as f64) as u64);
    println!("i32 div {} rem {} euclid {} {}", -7 / 2, -7 % 2, (-7i32).div_euclid(2), (-7i32).rem_euclid(2));
    println!("pow {} checked_pow {:?} leading zeros {} ones {}", 3u64.pow(40), 10u32.checked_pow(10), 1u32.leading_zeros(), 0xF0u8.count_ones());
    println!("shifts {} {} {}", 1u64 << 63, (-16i32) >> 2, 0x8000_0000u32 >> 31);
    println!("rotate {:#x} swap {:#x}", 0x1234_5678u32.rotate_left(8), 0x1234u16.swap_bytes());

    let mut h: u32 = 0;
    for b in "overflow".bytes() {
        h = h.wrapping_mul(31).wrapping_add(b as u32);
    }
    println!("string hash {}", h);
    let sum: u64 = (1..=100_000u64).map(|x| x * x).sum();
    println!("sum squares {}", sum);
    let parsed: Result<u8, _> = "256".parse::<u8>();
    println!("parse 256 as u8: {:?}", parsed.is_err());
    println!("from {} try_from {:?} {:?}", u32::from(200u8), u8::try_from(300i32).is_err(), i16::try_from(-5i64));
}
