// tokio tests style (time_pause) + simulation: an elevator task takes floor requests from an mpsc queue arriving at scheduled times, moves one floor per 100ms, opens doors for 250ms, and logs with paused-clock timestamps
use std::collections::VecDeque;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{sleep, sleep_until, Instant};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir {
    Up,
    Down,
    Idle,
}

struct Elevator {
    floor: i32,
    dir: Dir,
    queue: VecDeque<i32>,
    moved: u32,
}

impl Elevator {
    fn enqueue(&mut self, floor: i32) -> bool {
        if floor == self.floor && self.dir == Dir::Idle || self.queue.contains(&floor) {
            return false;
        }
        self.queue.push_back(floor);
        true
    }
}

fn ms(start: Instant) -> u128 {
    Instant::now().duration_since(start).as_millis()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel::<(u64, &'static str, i32)>(8);

    let schedule = vec![
        (0u64, "ann", 5),
        (50, "bob", 2),
        (120, "cid", 5),
        (900, "dee", 0),
        (950, "eve", 1),
        (3000, "fay", 3),
    ];
    tokio::spawn(async move {
        for (at, who, floor) in schedule {
            sleep_until(start + Duration::from_millis(at)).await;
            tx.send((at, who, floor)).await.unwrap();
        }
    });

    let mut e = Elevator {
        floor: 0,
        dir: Dir::Idle,
        queue: VecDeque::new(),
        moved: 0,
    };
    let mut open = true;
    while open || !e.queue.is_empty() {
        // Requests are read between trips: all that have arrived, blocking only when idle.
        loop {
            let next = if e.queue.is_empty() {
                rx.recv().await
            } else {
                match rx.try_recv() {
                    Ok(r) => Some(r),
                    Err(_) => break,
                }
            };
            match next {
                Some((at, who, floor)) => {
                    let added = e.enqueue(floor);
                    let note = if added {
                        ""
                    } else {
                        " (ignored: already there or queued)"
                    };
                    println!(
                        "{:>5}ms  {} called floor {} at {}ms{}",
                        ms(start),
                        who,
                        floor,
                        at,
                        note
                    );
                }
                None => {
                    open = false;
                    break;
                }
            }
        }
        let Some(&target) = e.queue.front() else {
            continue;
        };
        e.dir = if target > e.floor {
            Dir::Up
        } else if target < e.floor {
            Dir::Down
        } else {
            Dir::Idle
        };
        while e.floor != target {
            sleep(Duration::from_millis(100)).await;
            e.floor += if e.dir == Dir::Up { 1 } else { -1 };
            e.moved += 1;
            // Stop on the way if someone queued this floor.
            if e.floor != target {
                if let Some(pos) = e.queue.iter().position(|&f| f == e.floor) {
                    e.queue.remove(pos);
                    println!(
                        "{:>5}ms  stop on the way at {} going {:?}",
                        ms(start),
                        e.floor,
                        e.dir
                    );
                    sleep(Duration::from_millis(250)).await;
                }
            }
        }
        e.queue.pop_front();
        e.dir = Dir::Idle;
        println!("{:>5}ms  doors open at floor {}", ms(start), e.floor);
        sleep(Duration::from_millis(250)).await;
    }
    println!(
        "done at {}ms on floor {}, moved {} floors",
        ms(start),
        e.floor,
        e.moved
    );
}
