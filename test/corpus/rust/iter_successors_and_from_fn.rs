// std::iter::successors and std::iter::from_fn are lazy: the closure runs only for the items taken (take, take_while, find), state captured by the from_fn closure, successors ending at None (checked arithmetic), `use std::iter::successors`
use std::iter::successors;

fn collatz(start: u64) -> Vec<u64> {
    successors(Some(start), |&n| {
        if n == 1 {
            None
        } else if n % 2 == 0 {
            Some(n / 2)
        } else {
            Some(3 * n + 1)
        }
    })
    .collect()
}

fn main() {
    println!("{:?}", collatz(6));
    let halves: Vec<u32> = successors(Some(1000u32), |n| if *n > 1 { Some(n / 3) } else { None }).collect();
    println!("{:?}", halves);
    let squares_fit = std::iter::successors(Some(2u8), |x| x.checked_mul(*x)).count();
    println!("squarings that fit in u8: {}", squares_fit);

    let mut calls = 0;
    let first_big = std::iter::successors(Some(1u32), |x| {
        calls += 1;
        Some(x * 3)
    })
    .find(|x| *x > 50);
    println!("first over 50: {:?} after {} calls", first_big, calls);

    let mut counter = 0;
    let odds: Vec<i32> = std::iter::from_fn(|| {
        counter += 1;
        Some(counter * 2 - 1)
    })
    .take(4)
    .collect();
    println!("{:?}, counter {}", odds, counter);

    let mut a = 0u64;
    let mut b = 1u64;
    let fib_sum: u64 = std::iter::from_fn(move || {
        let next = a;
        a = b;
        b += next;
        Some(next)
    })
    .take_while(|&n| n < 1000)
    .filter(|n| n % 2 == 0)
    .sum();
    println!("even fibs below 1000 sum to {}", fib_sum);

    let mut stack = vec!["c", "b", "a"];
    let popped: Vec<&str> = std::iter::from_fn(|| stack.pop()).collect();
    println!("{:?} then {:?}", popped, stack);
}
