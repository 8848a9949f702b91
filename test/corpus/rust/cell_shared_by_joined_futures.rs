// std::cell::Cell shared by reference between futures that tokio::join! polls on one task: each bumps a counter with get/set between sleeps and sees the others' writes; replace and take give the old value back; a Cell<u32> parameter counts what finished; an empty async block's () prints as ()
use std::cell::Cell;
use std::time::Duration;
use tokio::time::sleep;

async fn tick(name: &str, hits: &Cell<u32>, every_ms: u64, times: u32) -> String {
    let mut seen = Vec::new();
    for _ in 0..times {
        sleep(Duration::from_millis(every_ms)).await;
        hits.set(hits.get() + 1);
        seen.push(hits.get());
    }
    format!("{} saw {:?}", name, seen)
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let hits = Cell::new(0u32);
    let (fast, slow) = tokio::join!(tick("fast", &hits, 10, 3), tick("slow", &hits, 25, 2));
    println!("{}; {}; total {}", fast, slow, hits.get());

    let label = Cell::new(String::from("first"));
    let old = label.replace(String::from("second"));
    let taken = label.take();
    println!(
        "replace gave {:?}, take gave {:?}, left {:?}",
        old,
        taken,
        label.into_inner()
    );

    let steps = Cell::new(10i64);
    let (nothing, done) = tokio::join!(async {}, async {
        steps.set(steps.get() * 2);
        steps.get() - 1
    });
    println!("joined {:?} and {}, steps now {:?}", nothing, done, steps);
}
