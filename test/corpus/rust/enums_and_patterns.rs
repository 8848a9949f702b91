// match over enum variants with fields (tuple and struct), struct patterns, guards, ranges,
// `_`, bindings with @; if let and while let; #[derive(Debug, Clone)] printed with {:?} and {:#?}.
#[derive(Debug, Clone)]
enum Shape {
    Circle(f64),
    Rect { w: u32, h: u32 },
    Point,
}

#[derive(Debug, Clone)]
struct Labelled {
    name: String,
    shape: Shape,
}

fn describe(s: &Shape) -> String {
    match s {
        Shape::Circle(r) if *r > 10.0 => format!("big circle r={}", r),
        Shape::Circle(r) => format!("circle r={}", r),
        Shape::Rect { w, h } if w == h => format!("square {}", w),
        Shape::Rect { w, h: 1 } => format!("strip of {}", w),
        Shape::Rect { w, h } => format!("rect {}x{}", w, h),
        Shape::Point => "point".to_string(),
    }
}

fn grade(score: u8) -> char {
    match score {
        90..=100 => 'A',
        75..=89 => 'B',
        n @ 50..=74 if n % 2 == 0 => 'C',
        50..=74 => 'c',
        _ => 'F',
    }
}

fn main() {
    let shapes = vec![
        Shape::Circle(2.5),
        Shape::Circle(12.0),
        Shape::Rect { w: 3, h: 3 },
        Shape::Rect { w: 9, h: 1 },
        Shape::Rect { w: 4, h: 2 },
        Shape::Point,
    ];
    for s in &shapes {
        println!("{:?} -> {}", s, describe(s));
    }
    let grades: String = [95u8, 80, 62, 61, 10].iter().map(|&s| grade(s)).collect();
    println!("grades: {}", grades);

    let item = Labelled { name: "door".to_string(), shape: shapes[4].clone() };
    let Labelled { name, shape: Shape::Rect { w, .. } } = item.clone() else {
        panic!("not a rect");
    };
    println!("{} is {} wide", name, w);
    println!("{:#?}", item);

    if let Shape::Circle(r) = shapes[0] {
        println!("first radius {}", r);
    }
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        print!("{} ", top);
    }
    println!();
    let pair = (7, "seven");
    match pair {
        (0, _) => println!("zero"),
        (n, word) if n > 5 => println!("{} is big ({})", n, word),
        _ => println!("small"),
    }
}
