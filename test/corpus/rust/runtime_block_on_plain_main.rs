// Runtime::new() and Builder::new_current_thread().enable_all().build() with block_on in a plain fn main: spawn and sleep work inside block_on.
use std::time::Duration;
use tokio::runtime::{Builder, Runtime};

fn main() {
    let runtime = Runtime::new().unwrap();
    let doubled = runtime.block_on(async {
        let handle = tokio::spawn(async { 21 * 2 });
        handle.await.unwrap()
    });
    println!("block_on gave {}", doubled);

    let current = Builder::new_current_thread().enable_all().build().unwrap();
    let waited = current.block_on(async {
        tokio::time::sleep(Duration::from_millis(10)).await;
        "slept inside the runtime"
    });
    println!("{}", waited);
}
