// tokio docs style (Barrier): tasks each own a slice of a rule-90 automaton row, two barrier waits per generation, the leader publishes the next row
use std::sync::{Arc, Mutex};
use tokio::sync::Barrier;

const WIDTH: usize = 31;
const WORKERS: usize = 4;
const GENERATIONS: usize = 12;

fn render(row: &[bool]) -> String {
    row.iter().map(|&c| if c { '#' } else { '.' }).collect()
}

#[tokio::main]
async fn main() {
    let mut first = vec![false; WIDTH];
    first[WIDTH / 2] = true;
    let current = Arc::new(Mutex::new(first));
    let next = Arc::new(Mutex::new(vec![false; WIDTH]));
    let history = Arc::new(Mutex::new(vec![render(&current.lock().unwrap())]));
    let barrier = Arc::new(Barrier::new(WORKERS));
    let per = (WIDTH + WORKERS - 1) / WORKERS;

    let mut handles = Vec::new();
    for w in 0..WORKERS {
        let (current, next, history, barrier) = (current.clone(), next.clone(), history.clone(), barrier.clone());
        handles.push(tokio::spawn(async move {
            let lo = w * per;
            let hi = (lo + per).min(WIDTH);
            let mut leader_turns = 0;
            for _ in 0..GENERATIONS {
                let snapshot = current.lock().unwrap().clone();
                {
                    let mut out = next.lock().unwrap();
                    for i in lo..hi {
                        let left = if i == 0 { false } else { snapshot[i - 1] };
                        let right = snapshot.get(i + 1).copied().unwrap_or(false);
                        out[i] = left ^ right;
                    }
                }
                if barrier.wait().await.is_leader() {
                    leader_turns += 1;
                    let row = next.lock().unwrap().clone();
                    history.lock().unwrap().push(render(&row));
                    *current.lock().unwrap() = row;
                }
                barrier.wait().await;
            }
            (w, hi - lo, leader_turns)
        }));
    }
    let mut leaders = 0;
    for h in handles {
        let (w, cells, turns) = h.await.unwrap();
        println!("worker {} computed {} cells per generation", w, cells);
        leaders += turns;
    }
    println!("leader turns in total: {}", leaders);
    for (g, line) in history.lock().unwrap().iter().enumerate() {
        println!("{:>2} {}", g, line);
    }
    let alive = current.lock().unwrap().iter().filter(|c| **c).count();
    println!("alive after {} generations: {}", GENERATIONS, alive);
}
