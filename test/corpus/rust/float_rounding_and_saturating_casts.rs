// f64 arithmetic as Rust does it: round half away from zero, trunc, fract, floor/ceil of negatives (-0 printed), clamp, hypot, min/max ignoring NaN, total_cmp sorting -0.0 before 0.0, saturating `as` casts to u8/i32/u16 (NaN to 0, out of range to the bounds), Display of tiny and huge values without exponent, {:e}, f64::MIN_POSITIVE and EPSILON
struct Reading {
    label: &'static str,
    value: f64,
}

fn to_percent(v: f64) -> u8 {
    (v * 100.0) as u8
}

fn main() {
    let readings = [
        Reading { label: "half", value: 0.5 },
        Reading { label: "neg half", value: -0.5 },
        Reading { label: "minus two and a half", value: -2.5 },
        Reading { label: "just under", value: 3.4999 },
        Reading { label: "small negative", value: -0.25 },
    ];
    for r in &readings {
        println!(
            "{:>22}: round {} trunc {} fract {:.3} floor {} ceil {}",
            r.label,
            r.value.round(),
            r.value.trunc(),
            r.value.fract(),
            r.value.floor(),
            r.value.ceil()
        );
    }

    for v in [0.42, 1.5, 2.56, -0.3, f64::NAN, f64::INFINITY] {
        println!("{} -> {}%  as i32 {}  as u16 {}", v, to_percent(v), (v * 1e10) as i32, (v * 1e3) as u16);
    }

    let sides = [(3.0, 4.0), (5.0, 12.0), (1.0, 1.0)];
    for (a, b) in sides {
        let h: f64 = f64::hypot(a, b);
        println!("hypot({}, {}) = {} clamped {}", a, b, h, h.clamp(2.0, 10.0));
    }
    let samples = [3.5, f64::NAN, -1.25, 8.0];
    let lowest = samples.iter().fold(f64::INFINITY, |m, &x| m.min(x));
    let highest = samples.iter().fold(f64::NEG_INFINITY, |m, &x| x.max(m));
    println!("lowest {} highest {}", lowest, highest);

    let mut values = vec![0.0, -7.5, 2.25, -0.0, 1e-9, f64::INFINITY];
    values.sort_by(|a, b| a.total_cmp(b));
    println!("{:?}", values);

    for tiny_or_huge in [1e-7, 2.5e-5, 1e15, 1e21, 6.02e23] {
        println!("{} | {:?} | {:e}", tiny_or_huge, tiny_or_huge, tiny_or_huge);
    }
    println!("min positive {:e} epsilon {:e}", f64::MIN_POSITIVE, f64::EPSILON);
    println!("min positive < epsilon: {}", f64::MIN_POSITIVE < f64::EPSILON);
}
