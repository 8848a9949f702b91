// rust by example style: impl Trait in argument and return position, returned closures and iterators, async fn taking impl Future
use std::future::Future;
use tokio::time::{sleep, Duration};

fn evens_squared(v: impl IntoIterator<Item = u32>) -> impl Iterator<Item = u32> {
    v.into_iter().filter(|x| x % 2 == 0).map(|x| x * x)
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || {
        c += 1;
        c
    }
}

fn summarize(items: &[impl std::fmt::Display]) -> String {
    items.iter().map(|i| format!("[{}]", i)).collect::<Vec<_>>().join("")
}

async fn timed<T>(label: &str, fut: impl Future<Output = T>) -> T {
    let out = fut.await;
    println!("{} done", label);
    out
}

fn delayed_double(x: u64) -> impl Future<Output = u64> {
    async move {
        sleep(Duration::from_millis(x * 10)).await;
        x * 2
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let sq: Vec<u32> = evens_squared(1..=10).collect();
    println!("evens squared {:?}", sq);
    let sq2: Vec<u32> = evens_squared(vec![7, 8, 12]).collect();
    println!("from vec {:?}", sq2);

    let add5 = make_adder(5);
    let add_neg = make_adder(-3);
    println!("adders {} {}", add5(10), add_neg(10));
    let composed: Vec<i32> = (0..4).map(&add5).map(&add_neg).collect();
    println!("composed {:?}", composed);

    let mut next = make_counter();
    let ticks: Vec<u32> = (0..3).map(|_| next()).collect();
    println!("counter {:?} then {}", ticks, next());

    println!("{}", summarize(&[1, 2, 3]));
    println!("{}", summarize(&["a", "bb"]));

    let (a, b) = tokio::join!(timed("slow", delayed_double(5)), timed("fast", delayed_double(1)));
    println!("a={} b={}", a, b);
}
