// Operator impls whose methods say `-> Self::Output`: a generic Money<T> summed with fold, a Mul by
// a scalar, and an output type that differs from Self (Meters * Meters = SquareMeters)
use std::ops::{Add, Mul, Sub};

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Money<T> {
    cents: T,
}

impl<T: Add<Output = T>> Add for Money<T> {
    type Output = Money<T>;
    fn add(self, other: Self) -> Self::Output {
        Money { cents: self.cents + other.cents }
    }
}

impl<T: Sub<Output = T>> Sub for Money<T> {
    type Output = Self;
    fn sub(self, other: Self) -> Self::Output {
        Money { cents: self.cents - other.cents }
    }
}

impl<T: Mul<Output = T> + Copy> Mul<T> for Money<T> {
    type Output = Money<T>;
    fn mul(self, k: T) -> Self::Output {
        Money { cents: self.cents * k }
    }
}

#[derive(Debug, Clone, Copy)]
struct Meters(f64);
#[derive(Debug)]
struct SquareMeters(f64);

impl Mul for Meters {
    type Output = SquareMeters;
    fn mul(self, other: Meters) -> Self::Output {
        SquareMeters(self.0 * other.0)
    }
}

fn total<T: Add<Output = T> + Default + Copy>(items: &[Money<T>]) -> Money<T> {
    items.iter().fold(Money::default(), |acc, &m| acc + m)
}

fn main() {
    let cart = [Money { cents: 250 }, Money { cents: 1199 }, Money { cents: 75 }];
    let sum = total(&cart);
    println!("{:?}", sum);
    println!("{:?}", sum - Money { cents: 24 });
    println!("{:?}", Money { cents: 3 } * 4);
    let weights = vec![Money { cents: 0.5 }, Money { cents: 1.25 }];
    println!("{:?}", total(&weights));
    let area = Meters(3.0) * Meters(2.5);
    println!("{:?} {}", area, area.0);
}
