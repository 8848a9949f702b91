// A function that returns `impl Iterator<Item = T>` hands back an iterator: the caller chains
// more adapters on it, collects it, or loops over it, and nothing runs before it is read.
fn multiples_of(n: u32, limit: u32) -> impl Iterator<Item = u32> {
    (1..=limit).map(move |k| k * n)
}

fn odd_squares(v: impl IntoIterator<Item = u32>) -> impl Iterator<Item = u32> {
    v.into_iter().filter(|x| x % 2 == 1).map(|x| x * x)
}

fn naturals() -> impl Iterator<Item = u64> {
    1..
}

fn main() {
    let threes: Vec<u32> = multiples_of(3, 5).collect();
    println!("threes {:?}", threes);
    println!("odd squares {:?}", odd_squares(vec![1, 2, 3, 4, 5]).collect::<Vec<_>>());
    println!("chained {:?}", odd_squares(1..=9).skip(1).take(2).collect::<Vec<_>>());
    println!("sum {}", multiples_of(7, 4).sum::<u32>());
    for m in multiples_of(10, 3) {
        print!("{} ", m);
    }
    println!();
    let triangular: Vec<u64> = naturals().scan(0, |total, n| {
        *total += n;
        Some(*total)
    }).take_while(|&t| t < 30).collect();
    println!("triangular {:?}", triangular);
    let mut it = multiples_of(2, 3);
    println!("{:?} {:?} {:?} {:?}", it.next(), it.next(), it.next(), it.next());
}
