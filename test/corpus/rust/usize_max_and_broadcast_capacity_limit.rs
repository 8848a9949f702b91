// usize::MAX and u64::MAX print their full value and serve as a starting minimum; broadcast refuses a capacity over usize::MAX / 2.
use tokio::sync::broadcast;

fn main() {
    println!("{} {}", usize::MAX, u64::MAX);
    let mut smallest = usize::MAX;
    for n in [7usize, 3, 9] {
        smallest = smallest.min(n);
    }
    println!("smallest {}", smallest);
    assert!(u64::MAX > 1 << 62);
    let (tx, _rx) = broadcast::channel::<u8>(16);
    println!("receivers {}", tx.receiver_count());
    let _ = broadcast::channel::<()>(1 + (usize::MAX >> 1));
    println!("not reached");
}
