// tokio docs style: sleep_until fixed instants computed with Instant + Duration arithmetic
use tokio::time::{sleep_until, Duration, Instant};

struct Slot {
    label: &'static str,
    offset: Duration,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let base = Instant::now();
    let mut slots = vec![
        Slot { label: "standup", offset: Duration::from_secs(9 * 60) },
        Slot { label: "lunch", offset: Duration::from_secs(3 * 3600) },
        Slot { label: "review", offset: Duration::from_secs(90 * 60) },
    ];
    slots.sort_by_key(|s| s.offset);

    for s in &slots {
        let at = base + s.offset;
        sleep_until(at).await;
        let now = Instant::now();
        let mins = (now - base).as_secs() / 60;
        println!("{:>7} at +{}h{:02}m", s.label, mins / 60, mins % 60);
    }

    let earlier = base + Duration::from_secs(60);
    // deadline already in the past: returns immediately
    sleep_until(earlier).await;
    let late_by = Instant::now().saturating_duration_since(earlier);
    println!("late by {} minutes", late_by.as_secs() / 60);
    println!("checked_duration_since future: {:?}", base.checked_duration_since(Instant::now()));
}
