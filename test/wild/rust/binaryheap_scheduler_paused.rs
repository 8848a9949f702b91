// everyday tokio style: a BinaryHeap<Reverse<..>> job scheduler firing with sleep_until under paused time
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use tokio::sync::mpsc;
use tokio::time::{sleep_until, Duration, Instant};

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Job {
    due_ms: u64,
    priority: u8,
    name: String,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::unbounded_channel::<(u64, String)>();
    let mut heap = BinaryHeap::new();
    for (due, prio, name) in [(300, 1, "backup"), (100, 2, "email"), (100, 1, "alert"), (50, 5, "warmup"), (1000, 0, "report"), (300, 0, "cleanup")] {
        heap.push(Reverse(Job { due_ms: due, priority: prio, name: name.to_string() }));
    }
    println!("peek {:?}", heap.peek().map(|r| &r.0.name));

    let runner = tokio::spawn(async move {
        let mut reschedules = 0;
        while let Some(Reverse(job)) = heap.pop() {
            sleep_until(start + Duration::from_millis(job.due_ms)).await;
            let now = start.elapsed().as_millis() as u64;
            tx.send((now, format!("{} (p{})", job.name, job.priority))).unwrap();
            if job.name == "email" && reschedules < 2 {
                reschedules += 1;
                heap.push(Reverse(Job { due_ms: job.due_ms + 250, priority: job.priority, name: job.name }));
            }
        }
    });

    let mut fired = Vec::new();
    while let Some((t, what)) = rx.recv().await {
        println!("{:>5}ms {}", t, what);
        fired.push(t);
    }
    runner.await.unwrap();
    println!("fired {} jobs, nondecreasing {}", fired.len(), fired.windows(2).all(|w| w[0] <= w[1]));
    let mut h: BinaryHeap<i32> = vec![3, 1, 4, 1, 5, 9, 2, 6].into_iter().collect();
    let top3: Vec<i32> = (0..3).filter_map(|_| h.pop()).collect();
    println!("top3 {:?} remaining sorted {:?}", top3, h.into_sorted_vec());
}
