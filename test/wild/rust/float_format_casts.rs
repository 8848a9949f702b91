// rust std fmt docs style (std only): float Display vs Debug, {:.N} rounding of exact ties, {:e}/{:E}, {:>10.3}/{:+08.2}, NaN/inf/-0.0, saturating `as` casts from floats, round/floor/trunc, rem_euclid, f32 vs f64 printing
fn main() {
    for x in [
        1.0f64,
        0.1 + 0.2,
        1e21,
        1e-7,
        123456789.0,
        f64::MAX,
        f64::MIN_POSITIVE,
    ] {
        println!("display {} | debug {:?} | e {:e}", x, x, x);
    }
    for x in [0.125f64, 0.375, 2.5, 3.5, 1.005, -0.5] {
        println!("{:>6}: .0={:.0} .1={:.1} .2={:.2}", x, x, x, x);
    }
    println!(
        "[{:>10.3}] [{:<10.2}] [{:^10.1}] [{:+08.2}] [{:08.3}] [{:E}]",
        3.14159, 2.0, 9.99, 7.5, -1.5, 1234.5
    );
    println!(
        "[{:10}] [{:<5}] [{:+}] [{:?}] [{}]",
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        -0.0f64,
        -0.0f64
    );
    println!(
        "f32 0.1 = {} as f64 = {} sum f32 = {}",
        0.1f32,
        0.1f32 as f64,
        0.1f32 + 0.2f32
    );
    println!("1/3: {} {:.20}", 1.0f64 / 3.0, 1.0f64 / 3.0);

    for x in [300.7f64, -1.5, 255.99, f64::NAN, f64::INFINITY, -1e20] {
        println!(
            "{:>8} as u8={:>3} as i32={:>11} as i64={}",
            x, x as u8, x as i32, x as i64
        );
    }
    println!(
        "i64::MAX as f64 = {} ; u64::MAX as f32 = {}",
        i64::MAX as f64,
        u64::MAX as f32
    );
    println!("(2^53 + 1) as f64 = {}", ((1u64 << 53) + 1) as f64);

    for x in [2.5f64, -2.5, 2.4999, -0.4] {
        println!(
            "{:>7}: round={} floor={} ceil={} trunc={} fract={:.4}",
            x,
            x.round(),
            x.floor(),
            x.ceil(),
            x.trunc(),
            x.fract()
        );
    }
    println!("-7 % 3 = {}, (-7i32).rem_euclid(3) = {}, (-7i32).div_euclid(3) = {}, -7.5 % 2.0 = {}, (-7.5f64).rem_euclid(2.0) = {}", -7 % 3, (-7i32).rem_euclid(3), (-7i32).div_euclid(3), -7.5 % 2.0, (-7.5f64).rem_euclid(2.0));
    println!(
        "powi {} powf {} sqrt(-1) {} hypot {} clamp {}",
        2f64.powi(10),
        2f64.powf(0.5),
        (-1f64).sqrt(),
        3f64.hypot(4.0),
        15.3f64.clamp(0.0, 10.0)
    );
    println!(
        "min/max with NaN: {} {}",
        1.0f64.min(f64::NAN),
        f64::NAN.max(2.0)
    );
    println!("total_cmp sort: {:?}", {
        let mut v = vec![2.5, -0.0, 0.0, -1.0, f64::INFINITY];
        v.sort_by(|a, b| a.total_cmp(b));
        v
    });
    println!(
        "parse: {:?} {:?} {:?}",
        "1e3".parse::<f64>(),
        "inf".parse::<f64>(),
        "1,5".parse::<f64>().is_err()
    );
}
