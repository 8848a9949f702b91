// rust book ch.13 style: closures as Fn/FnMut/FnOnce, Box<dyn Fn> in a map of operations, move captures, sort_by_key
use std::collections::BTreeMap;

fn apply_twice<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(f(x))
}

fn call_n<F>(mut f: F, n: usize)
where
    F: FnMut(usize),
{
    for i in 0..n {
        f(i);
    }
}

fn consume<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

#[derive(Debug)]
struct Rect {
    w: u32,
    h: u32,
}

fn main() {
    let offset = 10;
    let add_offset = |x| x + offset;
    println!("apply_twice {}", apply_twice(add_offset, 1));
    println!("apply_twice sq {}", apply_twice(|x| x * x, 3));

    let mut log = Vec::new();
    call_n(|i| log.push(i * i), 5);
    println!("log {:?}", log);

    let name = String::from("owned");
    let msg = consume(move || name + " and moved");
    println!("{}", msg);

    let mut ops: BTreeMap<&str, Box<dyn Fn(f64, f64) -> f64>> = BTreeMap::new();
    ops.insert("add", Box::new(|a, b| a + b));
    ops.insert("pow", Box::new(f64::powf));
    ops.insert("hyp", Box::new(|a: f64, b: f64| (a * a + b * b).sqrt()));
    let scale = 0.5;
    ops.insert("avg", Box::new(move |a, b| (a + b) * scale));
    for (k, f) in &ops {
        println!("{:>4}(3, 4) = {}", k, f(3.0, 4.0));
    }

    let inc_then_str = compose(|x: u8| x as u32 + 1, |y: u32| format!("<{}>", y));
    println!("{} {}", inc_then_str(41), inc_then_str(255));

    let mut rects = vec![Rect { w: 10, h: 1 }, Rect { w: 3, h: 5 }, Rect { w: 7, h: 12 }, Rect { w: 2, h: 2 }];
    let mut comparisons = 0;
    rects.sort_by(|a, b| {
        comparisons += 1;
        (a.w * a.h).cmp(&(b.w * b.h))
    });
    println!("by area {:?}", rects);
    println!("compared at least once: {}", comparisons > 0);
    rects.sort_by_key(|r| std::cmp::Reverse(r.h));
    println!("by height desc {:?}", rects.iter().map(|r| r.h).collect::<Vec<_>>());
    let limit = 20;
    rects.retain(|r| r.w * r.h <= limit);
    println!("retained {:?}", rects);

    let mut counter = {
        let mut count = 0;
        move || {
            count += 1;
            count
        }
    };
    counter();
    counter();
    println!("counter {}", counter());
    let fns: Vec<Box<dyn Fn(i32) -> i32>> = (1..=3).map(|k| Box::new(move |x| x * k) as Box<dyn Fn(i32) -> i32>).collect();
    println!("{:?}", fns.iter().map(|f| f(10)).collect::<Vec<_>>());
}
