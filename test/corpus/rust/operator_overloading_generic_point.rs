// Operator overloading calls the impl: `impl Add/Sub/Mul/Neg/AddAssign/Index` for a generic `Point<T>`, `impl Add` and a hand-written `impl PartialEq` for `Money`, `impl Not` for an enum; generic arithmetic (`T: Add<Output = T> + Copy`) on numbers and on Points; `Point::new(..)`'s T inferred from its arguments (f64 fields print as floats, u64 ones past 2^53 stay exact)
use std::fmt;
use std::ops::{Add, AddAssign, Index, Mul, Neg, Not, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point<T> {
    x: T,
    y: T,
}

impl<T> Point<T> {
    fn new(x: T, y: T) -> Self {
        Point { x, y }
    }
}

impl<T: Add<Output = T>> Add for Point<T> {
    type Output = Self;

    fn add(self, other: Self) -> Self {
        Point { x: self.x + other.x, y: self.y + other.y }
    }
}

impl<T: Sub<Output = T>> Sub for Point<T> {
    type Output = Point<T>;

    fn sub(self, other: Point<T>) -> Point<T> {
        Point::new(self.x - other.x, self.y - other.y)
    }
}

impl<T: Mul<Output = T> + Copy> Mul<T> for Point<T> {
    type Output = Self;

    fn mul(self, k: T) -> Self {
        Point::new(self.x * k, self.y * k)
    }
}

impl<T: Neg<Output = T>> Neg for Point<T> {
    type Output = Self;

    fn neg(self) -> Self {
        Point::new(-self.x, -self.y)
    }
}

impl<T: AddAssign> AddAssign for Point<T> {
    fn add_assign(&mut self, other: Self) {
        self.x += other.x;
        self.y += other.y;
    }
}

impl<T> Index<usize> for Point<T> {
    type Output = T;

    fn index(&self, i: usize) -> &T {
        if i == 0 {
            &self.x
        } else {
            &self.y
        }
    }
}

impl<T: fmt::Display> fmt::Display for Point<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

#[derive(Debug, Clone, Copy)]
struct Money {
    cents: i64,
}

impl Add for Money {
    type Output = Money;

    fn add(self, other: Money) -> Money {
        Money { cents: self.cents + other.cents }
    }
}

// Equal when the whole dollars are.
impl PartialEq for Money {
    fn eq(&self, other: &Self) -> bool {
        self.cents / 100 == other.cents / 100
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    On,
    Off,
}

impl Not for Light {
    type Output = Light;

    fn not(self) -> Light {
        match self {
            Light::On => Light::Off,
            Light::Off => Light::On,
        }
    }
}

fn sum_all<T: Add<Output = T> + Copy>(items: &[T], zero: T) -> T {
    let mut total = zero;
    for &item in items {
        total = total + item;
    }
    total
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

fn main() {
    let p = Point::new(1, 2);
    let q = Point::new(10, 20);
    println!("{} + {} = {}", p, q, p + q);
    println!("{:?}", q - p);
    println!("{} {}", p * 3, -q);
    let mut acc = Point::new(0, 0);
    for i in 1..=3 {
        acc += Point::new(i, i * 10);
    }
    println!("acc {} x={} y={}", acc, acc[0], acc[1]);

    let f = Point::new(0.5, 2.0) + Point::new(1.0, 1.0);
    println!("{} {:?}", f, f * 2.0);
    let big = Point::new(1u64 << 60, 3) + Point::new(1, 1);
    println!("{}", big);

    let total = Money { cents: 250 } + Money { cents: 199 };
    println!("{:?} same dollars as 420: {} as 520: {}", total, total == Money { cents: 420 }, total == Money { cents: 520 });
    let light = Light::On;
    println!("{:?} {:?} {}", !light, !!light, !light == Light::Off);

    println!("{} {} {}", sum_all(&[1, 2, 3], 0), sum_all(&[0.5, 0.25], 0.0), sum_all(&[p, q], Point::new(0, 0)));
    println!("{} {:.1} {}", largest(&[3, 9, 2]), largest(&[1.5, -2.0]), largest(&['x', 'b']));
}
