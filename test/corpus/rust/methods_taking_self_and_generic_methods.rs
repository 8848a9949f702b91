// Methods taking `other: &Self` (a tuple struct's `.0`, a struct's fields, a result of `Self`), and generic methods and functions (`fn get<T: Display>`, `fn largest<T: PartialOrd + Copy>`) called from tasks.
use std::collections::HashMap;
use std::fmt::Display;
use tokio::sync::mpsc;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Millimeters(u32);

impl Millimeters {
    fn plus(&self, other: &Self) -> Self {
        Millimeters(self.0 + other.0)
    }

    fn is_longer_than(&self, other: &Millimeters) -> bool {
        self.0 > other.0
    }
}

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn origin() -> Self {
        Self { x: 0, y: 0 }
    }

    fn distance(&self, other: &Self) -> i32 {
        (self.x - other.x).abs() + (self.y - other.y).abs()
    }

    fn closest<'a>(&self, others: &'a [Self]) -> Option<&'a Self> {
        others.iter().min_by_key(|p| self.distance(p))
    }
}

struct Settings {
    values: HashMap<String, String>,
}

impl Settings {
    fn get_or<T: Display>(&self, key: &str, fallback: T) -> String {
        match self.values.get(key) {
            Some(value) => value.clone(),
            None => format!("{} (default)", fallback),
        }
    }

    fn describe<T>(&self, label: &str, item: T) -> String
    where
        T: std::fmt::Debug,
    {
        format!("{}: {:?}", label, item)
    }
}

fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

#[tokio::main]
async fn main() {
    let short = Millimeters(120);
    let long = Millimeters(300);
    let total = short.plus(&long);
    println!("{:?} is longer than {:?}: {}", total, long, total.is_longer_than(&long));
    println!("{}", short.is_longer_than(&long));

    let (tx, mut rx) = mpsc::channel(4);
    tokio::spawn(async move {
        for (x, y) in [(3, 4), (-1, 1), (5, -5)] {
            tx.send(Point { x, y }).await.unwrap();
        }
    });
    let mut points = Vec::new();
    while let Some(p) = rx.recv().await {
        println!("{:?} is {} from the origin", p, p.distance(&Point::origin()));
        points.push(p);
    }
    let here = Point { x: 4, y: 4 };
    if let Some(p) = here.closest(&points) {
        println!("closest to {:?}: {:?}", here, p);
    }

    let mut values = HashMap::new();
    values.insert(String::from("name"), String::from("ferris"));
    let settings = Settings { values };
    let handle = tokio::spawn(async move {
        let name = settings.get_or("name", "nobody");
        let port = settings.get_or("port", 8080);
        let ratio = settings.get_or("ratio", 0.5);
        format!("{} {} {} | {}", name, port, ratio, settings.describe("sizes", vec![1, 2]))
    });
    println!("{}", handle.await.unwrap());

    println!("{} {} {}", largest(&[34, 50, 25, 100, 65]), largest(&['y', 'm', 'a', 'q']), largest(&[1.5, 0.5]));
}
