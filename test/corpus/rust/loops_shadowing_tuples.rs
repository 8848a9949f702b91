// let and let mut, shadowing (also with a new type), tuples and destructuring, loop with break
// value, while, for over ranges (exclusive, inclusive, rev, step_by) and over iterators,
// labeled break and continue, closures capturing by reference and by move.
fn min_max(values: &[i32]) -> (i32, i32) {
    let mut lo = values[0];
    let mut hi = values[0];
    for &v in values {
        if v < lo {
            lo = v;
        }
        if v > hi {
            hi = v;
        }
    }
    (lo, hi)
}

fn main() {
    let x = 5;
    let x = x * 2;
    {
        let x = "shadowed in a block";
        println!("{}", x);
    }
    let x = format!("{}!", x);
    println!("x is now {}", x);

    let (lo, hi) = min_max(&[4, -2, 9, 0]);
    let point = (lo, hi, "range");
    let (a, _, label) = point;
    println!("{} from {} to {} ({})", label, a, point.1, hi - lo);

    let mut n = 27u32;
    let mut steps = 0;
    let peak = loop {
        if n == 1 {
            break steps;
        }
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    };
    println!("collatz 27 takes {} steps", peak);

    let mut countdown = 3;
    while countdown > 0 {
        print!("{}.. ", countdown);
        countdown -= 1;
    }
    println!("go");

    let evens: Vec<u32> = (0..10).step_by(2).collect();
    let back: Vec<u32> = (1..=4).rev().collect();
    println!("{:?} {:?}", evens, back);

    let mut found = None;
    'outer: for i in 1..10 {
        for j in 1..10 {
            if (i + j) % 5 != 0 {
                continue;
            }
            if i * j > 20 {
                found = Some((i, j));
                break 'outer;
            }
        }
    }
    println!("first pair: {:?}", found);

    let mut total = 0;
    let mut add = |v: i32| total += v;
    add(3);
    add(4);
    println!("total {}", total);
    let factor = 3;
    let scale = move |v: i32| v * factor;
    let scaled: Vec<i32> = vec![1, 2, 3].into_iter().map(scale).collect();
    println!("scaled {:?}", scaled);
    let pairs = vec![("a", 1), ("b", 2)];
    for (name, value) in &pairs {
        println!("{} => {}", name, value);
    }
}
