// A local named like the function it calls (`let one = one();`), and a loop variable named like a function.
async fn one() -> usize {
    1
}

fn total(values: &[usize]) -> usize {
    values.iter().sum()
}

#[tokio::main]
async fn main() {
    let one = one();
    let one = one.await;
    let values = vec![one, 2, 3];
    let total = total(&values);
    println!("{} {}", one, total);
}
