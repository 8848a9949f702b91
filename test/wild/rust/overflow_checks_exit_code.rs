// rust std docs style (integer overflow methods), std only: a budget planner using checked_*/overflowing_*/saturating_*/wrapping_* and pow/leading_zeros/abs_diff/rem_euclid on sized integers, collecting which steps overflowed; it ends with std::process::exit(6) when any did
use std::process;

#[derive(Debug)]
enum Step {
    Add(u32, u32),
    Mul(i32, i32),
    Pow(u64, u32),
    Neg(i8),
}

fn run(step: &Step) -> Result<String, String> {
    match *step {
        Step::Add(a, b) => a.checked_add(b).map(|v| v.to_string()).ok_or_else(|| {
            let (w, _) = a.overflowing_add(b);
            format!(
                "u32 add overflow (wrapped {}, saturated {})",
                w,
                a.saturating_add(b)
            )
        }),
        Step::Mul(a, b) => match a.overflowing_mul(b) {
            (v, false) => Ok(v.to_string()),
            (v, true) => Err(format!("i32 mul overflow (wrapped {})", v)),
        },
        Step::Pow(base, exp) => base.checked_pow(exp).map(|v| v.to_string()).ok_or(format!(
            "u64 pow overflow ({} has {} leading zeros, saturated {})",
            base,
            base.leading_zeros(),
            base.saturating_pow(exp)
        )),
        Step::Neg(x) => x.checked_neg().map(|v| v.to_string()).ok_or(format!(
            "i8 neg overflow (wrapping_neg {})",
            x.wrapping_neg()
        )),
    }
}

fn main() {
    println!(
        "{} {} {}",
        u8::MAX.wrapping_add(1),
        200u8.wrapping_mul(2),
        0u16.wrapping_sub(1)
    );
    println!(
        "{:?} {:?} {:?}",
        250u8.checked_add(5),
        250u8.checked_add(6),
        5u8.checked_sub(6)
    );
    println!(
        "{} {} {}",
        i16::MIN.saturating_sub(1),
        i16::MAX.saturating_add(9),
        (-128i8).saturating_neg()
    );
    println!(
        "{:?} {:?}",
        i32::MAX.overflowing_add(1),
        3u8.overflowing_sub(5)
    );
    println!(
        "{} {} {}",
        (-7i32).rem_euclid(3),
        (-7i32) % 3,
        (-7i32).div_euclid(3)
    );
    println!(
        "{} {} {}",
        10u32.abs_diff(3),
        3u32.abs_diff(10),
        (-5i64).abs_diff(5)
    );
    println!(
        "{} {} {} {}",
        1u64.leading_zeros(),
        0x00f0u16.trailing_zeros(),
        0b1011u8.count_ones(),
        1u32.rotate_right(1)
    );
    println!("{:?} {:?}", 2u32.checked_pow(31), 2u32.checked_pow(32));
    println!(
        "{} {}",
        i64::MAX as u64 + 1,
        (u64::MAX as f64) as u64 == u64::MAX
    );
    println!("{} {} {}", 300i32 as u8, -1i32 as u32, 3.99f64 as i8);
    println!(
        "{:?} {:?}",
        u8::try_from(300i32).is_err(),
        i8::try_from(-128i64)
    );
    println!("{:?} {:?}", 7u32.checked_div(0), 7i32.checked_rem(-1));

    let plan = [
        Step::Add(4_000_000_000, 200_000_000),
        Step::Add(4_000_000_000, 300_000_000),
        Step::Mul(46_341, 46_341),
        Step::Mul(-46_340, 46_340),
        Step::Pow(10, 19),
        Step::Pow(10, 20),
        Step::Neg(-127),
        Step::Neg(-128),
    ];
    let mut failures = 0;
    for step in &plan {
        match run(step) {
            Ok(v) => println!("ok   {:<30} = {}", format!("{:?}", step), v),
            Err(e) => {
                failures += 1;
                println!("FAIL {:<30} : {}", format!("{:?}", step), e);
            }
        }
    }
    let code = failures.min(100) as i32 + 2;
    println!(
        "{} of {} steps overflowed, exiting with {}",
        failures,
        plan.len(),
        code
    );
    if failures > 0 {
        process::exit(code);
    }
}
