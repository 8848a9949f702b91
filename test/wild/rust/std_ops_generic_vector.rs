// rust by example style: operator overloading on a generic Vec2<T> (Add, Sub, Mul, Neg, AddAssign, Index) plus Display
use std::fmt;
use std::ops::{Add, AddAssign, Index, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Vec2<T> {
    x: T,
    y: T,
}

impl<T> Vec2<T> {
    fn new(x: T, y: T) -> Self {
        Vec2 { x, y }
    }
}

impl<T: Add<Output = T>> Add for Vec2<T> {
    type Output = Vec2<T>;
    fn add(self, o: Self) -> Self::Output {
        Vec2::new(self.x + o.x, self.y + o.y)
    }
}

impl<T: Sub<Output = T>> Sub for Vec2<T> {
    type Output = Self;
    fn sub(self, o: Self) -> Self {
        Vec2::new(self.x - o.x, self.y - o.y)
    }
}

impl<T: Mul<Output = T> + Copy> Mul<T> for Vec2<T> {
    type Output = Self;
    fn mul(self, k: T) -> Self {
        Vec2::new(self.x * k, self.y * k)
    }
}

impl<T: Neg<Output = T>> Neg for Vec2<T> {
    type Output = Self;
    fn neg(self) -> Self {
        Vec2::new(-self.x, -self.y)
    }
}

impl<T: AddAssign> AddAssign for Vec2<T> {
    fn add_assign(&mut self, o: Self) {
        self.x += o.x;
        self.y += o.y;
    }
}

impl<T> Index<usize> for Vec2<T> {
    type Output = T;
    fn index(&self, i: usize) -> &T {
        match i {
            0 => &self.x,
            1 => &self.y,
            _ => panic!("Vec2 index {} out of range", i),
        }
    }
}

impl<T: fmt::Display> fmt::Display for Vec2<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(p) = f.precision() {
            write!(f, "({:.*}, {:.*})", p, self.x, p, self.y)
        } else {
            write!(f, "({}, {})", self.x, self.y)
        }
    }
}

fn dot<T>(a: Vec2<T>, b: Vec2<T>) -> T
where
    T: Mul<Output = T> + Add<Output = T> + Copy,
{
    a.x * b.x + a.y * b.y
}

fn sum_all<T: Add<Output = T> + Default + Copy>(vs: &[Vec2<T>]) -> Vec2<T> {
    vs.iter().fold(Vec2::default(), |acc, &v| acc + v)
}

fn main() {
    let a = Vec2::new(3, 4);
    let b = Vec2::new(-1, 2);
    println!("{} + {} = {}", a, b, a + b);
    println!("{} - {} = {}", a, b, a - b);
    println!("{} * 3 = {}  neg = {}", a, a * 3, -b);
    println!("dot {} index {} {}", dot(a, b), a[0], a[1]);
    let mut acc = Vec2::new(0, 0);
    for i in 1..=4 {
        acc += Vec2::new(i, i * i);
    }
    println!("acc {} {:?}", acc, acc);
    let fs = [Vec2::new(0.5, 1.25), Vec2::new(2.0, -0.75), Vec2::new(1.0 / 3.0, 0.0)];
    let s = sum_all(&fs);
    println!("float sum {} / {:.3}", s, s);
    println!("scaled {:.2} dot {:.4}", fs[0] * 4.0, dot(fs[0], fs[1]));
    let big = Vec2::new(u64::MAX / 2, 1u64 << 60);
    println!("big {}", big + Vec2::new(1, 1));
    println!("eq {} {}", a == Vec2::new(3, 4), a * 2 == a + a);
}
