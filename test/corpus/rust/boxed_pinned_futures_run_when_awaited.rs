// `Box::pin(async { .. })` makes a future that runs only when awaited, so a Vec of them runs one after another; async blocks bound by `let` race in select!, and join!'s `()` results are matched by `()`.
use std::future::Future;
use std::pin::Pin;
use tokio::time::{sleep, Duration, Instant};

fn step(name: &'static str, ms: u64) -> Pin<Box<dyn Future<Output = u64>>> {
    Box::pin(async move {
        println!("{} starts", name);
        sleep(Duration::from_millis(ms)).await;
        println!("{} ends", name);
        ms
    })
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let steps: Vec<Pin<Box<dyn Future<Output = u64>>>> = vec![
        step("first", 30),
        Box::pin(async {
            println!("inline runs");
            5
        }),
        step("last", 20),
    ];
    println!("built {} futures, nothing ran yet", steps.len());
    let mut sum = 0;
    for s in steps {
        sum += s.await;
    }
    println!("sum {} after {:?}", sum, start.elapsed());

    let tortoise = async {
        sleep(Duration::from_millis(50)).await;
        "tortoise"
    };
    let hare = async {
        sleep(Duration::from_millis(10)).await;
        "hare"
    };
    let winner = tokio::select! {
        w = tortoise => w,
        w = hare => w,
    };
    println!("winner {}", winner);

    let a = async { println!("a done") };
    let b = async { println!("b done") };
    let c = async { 42 };
    let ((), (), answer) = tokio::join!(a, b, c);
    println!("answer {} at {:?}", answer, start.elapsed());
}
