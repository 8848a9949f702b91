// `Runtime::enter()` gives a plain `fn main` the runtime's context while its guard lives (tokio::spawn works there); once the guard is dropped `Handle::try_current()` fails again, and `shutdown_timeout` ends the runtime.
use std::time::Duration;
use tokio::runtime::{Handle, Runtime};

fn main() {
    let rt = Runtime::new().unwrap();
    println!("before enter: {}", Handle::try_current().is_ok());
    let task = {
        let _guard = rt.enter();
        println!("inside enter: {}", Handle::try_current().is_ok());
        tokio::spawn(async { 6 * 7 })
    };
    println!("after the guard's scope: {}", Handle::try_current().is_ok());
    println!("task gave {}", rt.block_on(task).unwrap());
    let guard = rt.enter();
    let second = tokio::spawn(async { "second" });
    drop(guard);
    println!("after drop: {}", Handle::try_current().is_ok());
    println!("{}", rt.block_on(second).unwrap());
    let from_handle = rt.handle().block_on(async { 1 + 1 });
    println!("handle block_on {}", from_handle);
    rt.shutdown_timeout(Duration::from_millis(50));
    println!("shut down");
}
