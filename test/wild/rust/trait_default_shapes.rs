// rust book ch.10/ch.17 style: a Shape trait with default methods, Box<dyn Shape> in a Vec, &dyn arguments
use std::f64::consts::PI;

trait Shape {
    fn name(&self) -> String;
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;

    fn describe(&self) -> String {
        format!("{:<10} area={:>9.3} perim={:>8.3}", self.name(), self.area(), self.perimeter())
    }
    fn is_bigger_than(&self, other: &dyn Shape) -> bool {
        self.area() > other.area()
    }
}

struct Circle {
    r: f64,
}
struct Rect {
    w: f64,
    h: f64,
}
struct Triangle {
    a: f64,
    b: f64,
    c: f64,
}

impl Shape for Circle {
    fn name(&self) -> String {
        "circle".into()
    }
    fn area(&self) -> f64 {
        PI * self.r * self.r
    }
    fn perimeter(&self) -> f64 {
        2.0 * PI * self.r
    }
}

impl Shape for Rect {
    fn name(&self) -> String {
        if self.w == self.h { "square".into() } else { "rect".into() }
    }
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn perimeter(&self) -> f64 {
        2.0 * (self.w + self.h)
    }
    fn describe(&self) -> String {
        format!("{:<10} {}x{}", self.name(), self.w, self.h)
    }
}

impl Shape for Triangle {
    fn name(&self) -> String {
        String::from("triangle")
    }
    fn area(&self) -> f64 {
        let s = self.perimeter() / 2.0;
        (s * (s - self.a) * (s - self.b) * (s - self.c)).sqrt()
    }
    fn perimeter(&self) -> f64 {
        self.a + self.b + self.c
    }
}

fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { r: 1.5 }),
        Box::new(Rect { w: 3.0, h: 2.0 }),
        Box::new(Triangle { a: 3.0, b: 4.0, c: 5.0 }),
        Box::new(Rect { w: 2.5, h: 2.5 }),
        Box::new(Circle { r: 0.5 }),
    ];
    for s in &shapes {
        println!("{}", s.describe());
    }
    shapes.sort_by(|a, b| a.area().partial_cmp(&b.area()).unwrap());
    let order: Vec<String> = shapes.iter().map(|s| s.name()).collect();
    println!("by area: {}", order.join(" < "));
    println!("total area {:.4}", total_area(&shapes));
    let first: &dyn Shape = shapes[0].as_ref();
    let last: &dyn Shape = shapes.last().unwrap().as_ref();
    println!("last bigger than first: {}", last.is_bigger_than(first));
    println!("first bigger than last: {}", first.is_bigger_than(last));
}
