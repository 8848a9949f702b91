// A function that is not async returning `impl Future<Output = T>` (an `async move` block) runs its body only when the future is awaited: stored then awaited, handed to an `async fn` taking `impl Future`, joined; an `async` block passed where `impl Future` is expected; `&[impl Display]` parameters
use std::fmt::Display;
use std::future::Future;
use tokio::time::{sleep, Duration};

fn fetch(name: &'static str, ms: u64) -> impl Future<Output = String> {
    println!("fetch {} made", name);
    async move {
        println!("fetch {} started", name);
        sleep(Duration::from_millis(ms)).await;
        format!("{}:{}", name, ms)
    }
}

fn doubled(x: u64) -> impl Future<Output = u64> {
    async move { x * 2 }
}

async fn labelled<T: Display>(label: &str, fut: impl Future<Output = T>) -> String {
    let v = fut.await;
    format!("{} -> {}", label, v)
}

fn show_all(items: &[impl Display]) -> String {
    items.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(", ")
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let pending = fetch("a", 30);
    println!("before await");
    println!("{}", pending.await);
    let (x, y) = tokio::join!(labelled("slow", fetch("b", 20)), labelled("fast", fetch("c", 10)));
    println!("{} | {}", x, y);
    println!("{}", labelled("block", async { 7 * 6 }).await);
    let sum = doubled(4).await + doubled(10).await;
    println!("sum {}", sum);
    println!("{}", show_all(&[1.5, 2.0]));
    println!("{}", show_all(&["x", "y"]));
}
