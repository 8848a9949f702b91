// The rest of the integer method family on every width: saturating_/wrapping_/checked_/
// overflowing_ neg, abs, pow, div, rem, shl, shr and the Euclidean pair, unsigned_abs,
// is_positive/is_negative, abs_diff and bit counts on 64-bit values, and a u64 from a float
// too large for it (saturates).
fn describe(label: &str, v: Option<i16>) {
    match v {
        Some(x) => println!("{label}: {x}"),
        None => println!("{label}: overflow"),
    }
}

fn main() {
    let temps: [i8; 4] = [-128, -40, 0, 127];
    for t in temps {
        println!(
            "{t:>4} neg sat {:>4} wrap {:>4} checked {:?} abs sat {:>3} unsigned {:>3} pos {} neg {}",
            t.saturating_neg(),
            t.wrapping_neg(),
            t.checked_neg(),
            t.saturating_abs(),
            t.unsigned_abs(),
            t.is_positive(),
            t.is_negative()
        );
    }

    let base: i16 = -3;
    for e in [2u32, 9, 10, 11] {
        describe(&format!("(-3)^{e}"), base.checked_pow(e));
        println!("  wrapping {} saturating {} overflowing {:?}", base.wrapping_pow(e), base.saturating_pow(e), base.overflowing_pow(e));
    }

    let flags: u32 = 0b1011;
    for s in [0u32, 4, 31, 32, 33] {
        println!("shl {s}: {:?} {} {:?}", flags.checked_shl(s), flags.wrapping_shl(s), flags.overflowing_shl(s));
    }
    let signed: i32 = -256;
    println!("shr: {:?} {} {:?}", signed.checked_shr(4), signed.wrapping_shr(36), signed.checked_shr(32));

    let per_box: i32 = 0;
    println!("div: {:?} {:?} {:?}", 17i32.checked_div(per_box), 17i32.checked_rem(5), i32::MIN.checked_div(-1));
    println!("euclid: {:?} {:?} {}", (-17i32).checked_rem_euclid(5), (-17i32).checked_div_euclid(0), (-17i64).wrapping_rem_euclid(5));
    println!("i8 div: {} {:?}", (-128i8).wrapping_div(-1), (-128i8).overflowing_div(-1));

    let ledger: i64 = -9_000;
    let cap: u64 = 10_000;
    println!("{} {} {}", ledger.unsigned_abs(), cap.abs_diff(12_500), (-5i64).abs_diff(5));
    println!("{} {} {}", cap.leading_zeros(), cap.trailing_zeros(), cap.count_ones());
    println!("{:?} {:?}", 3u64.checked_pow(40), 3u64.checked_pow(41));
    println!("{} {}", u64::MAX.wrapping_add(2), 7u64.saturating_sub(9));
    let huge = 1e30_f64;
    println!("{} {} {}", huge as u64 == u64::MAX, (-1.5f64) as u64, f64::NAN as i64);
    println!("{} {}", u8::MAX.wrapping_shl(9), u16::MAX.saturating_mul(3));
}
