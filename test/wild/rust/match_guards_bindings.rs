// rust book ch.18 style: match with guards, @ bindings, ranges, slice patterns, nested enums and tuples
#[derive(Debug)]
enum Shape {
    Dot,
    Line(i32),
    Box { w: u32, h: u32 },
}

#[derive(Debug)]
enum Msg {
    Move { x: i32, y: i32 },
    Draw(Shape, Option<&'static str>),
    Batch(Vec<u8>),
    Quit,
}

fn classify(n: i64) -> &'static str {
    match n {
        i64::MIN..=-1 => "negative",
        0 => "zero",
        1..=9 => "digit",
        10 | 20 | 30 => "round",
        x if x % 2 == 0 => "even",
        _ => "odd",
    }
}

fn slice_desc(v: &[i32]) -> String {
    match v {
        [] => "empty".into(),
        [one] => format!("one({})", one),
        [first, .., last] if first == last => format!("bookends({})", first),
        [first, rest @ ..] if rest.len() > 3 => format!("{} then {} more", first, rest.len()),
        [a, b, ..] => format!("starts {} {}", a, b),
    }
}

fn handle(m: &Msg) -> String {
    match m {
        Msg::Move { x: 0, y } => format!("vertical move {}", y),
        Msg::Move { x, y: 0 } => format!("horizontal move {}", x),
        Msg::Move { x, y } if x == y => format!("diagonal {}", x),
        Msg::Move { x, y } => format!("move ({}, {})", x, y),
        Msg::Draw(Shape::Dot, None) => "plain dot".into(),
        Msg::Draw(Shape::Line(len @ 1..=10), color) => format!("short line {} {:?}", len, color),
        Msg::Draw(Shape::Line(len), _) => format!("line {}", len),
        Msg::Draw(Shape::Box { w, h }, Some(c)) if w * h > 100 => format!("big {} box {}x{}", c, w, h),
        Msg::Draw(s @ Shape::Box { .. }, c) => format!("box {:?} color {}", s, c.unwrap_or("none")),
        Msg::Draw(other, c) => format!("other {:?} {:?}", other, c),
        Msg::Batch(bytes) => match bytes.as_slice() {
            [0xFF, tail @ ..] => format!("escaped batch of {}", tail.len()),
            [b @ b'a'..=b'z', ..] => format!("text batch starting {}", *b as char),
            _ => format!("raw batch {:?}", bytes),
        },
        Msg::Quit => "quit".into(),
    }
}

fn main() {
    for n in [-5, 0, 7, 20, 44, 45, 1_000_001] {
        println!("{:>8} {}", n, classify(n));
    }
    let slices: [&[i32]; 6] = [&[], &[4], &[3, 8, 3], &[1, 2, 3, 4, 5], &[9, 8], &[1, 2, 3, 4]];
    for s in slices {
        println!("{:?} -> {}", s, slice_desc(s));
    }
    let msgs = vec![
        Msg::Move { x: 0, y: 3 },
        Msg::Move { x: -2, y: 0 },
        Msg::Move { x: 5, y: 5 },
        Msg::Move { x: 1, y: 2 },
        Msg::Draw(Shape::Dot, None),
        Msg::Draw(Shape::Dot, Some("red")),
        Msg::Draw(Shape::Line(4), Some("blue")),
        Msg::Draw(Shape::Line(40), None),
        Msg::Draw(Shape::Box { w: 20, h: 8 }, Some("green")),
        Msg::Draw(Shape::Box { w: 2, h: 3 }, None),
        Msg::Batch(vec![0xFF, 1, 2]),
        Msg::Batch(b"hello".to_vec()),
        Msg::Batch(vec![7, 7]),
        Msg::Quit,
    ];
    for m in &msgs {
        println!("{}", handle(m));
    }
    let pair = (3, "three");
    let (n, ref word) = pair;
    if let (1..=5, w) = (n, word) {
        println!("small {} {}", n, w);
    }
    let point = (2, -2);
    let quadrant = match point {
        (0, 0) => "origin",
        (x, y) if x > 0 && y > 0 => "I",
        (x, y) if x < 0 && y > 0 => "II",
        (x, _) if x < 0 => "III",
        _ => "IV or axis",
    };
    println!("{:?} in {}", point, quadrant);
    let ch = 'k';
    println!("{}", match ch { 'a'..='j' => "early", 'k'..='z' => "late", _ => "other" });
}
