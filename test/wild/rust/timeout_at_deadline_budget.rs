// everyday tokio style: one overall deadline shared by several steps via timeout_at; remaining budget via saturating_duration_since (paused time)
use std::time::Duration;
use tokio::time::{sleep, timeout_at, Instant};

#[derive(Debug)]
enum StepError {
    DeadlineExceeded { step: &'static str, budget_left: Duration },
    Rejected(&'static str),
}

async fn step(name: &'static str, cost_ms: u64, ok: bool) -> Result<u64, StepError> {
    sleep(Duration::from_millis(cost_ms)).await;
    if ok {
        Ok(cost_ms)
    } else {
        Err(StepError::Rejected(name))
    }
}

async fn handle(request: u32, deadline: Instant, steps: &[(&'static str, u64, bool)]) -> Result<u64, StepError> {
    let mut spent = 0;
    for &(name, cost, ok) in steps {
        let left = deadline.saturating_duration_since(Instant::now());
        println!("  req {} step {:<9} budget left {:>4}ms", request, name, left.as_millis());
        match timeout_at(deadline, step(name, cost, ok)).await {
            Ok(r) => spent += r?,
            Err(_elapsed) => {
                return Err(StepError::DeadlineExceeded { step: name, budget_left: deadline.saturating_duration_since(Instant::now()) })
            }
        }
    }
    Ok(spent)
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let plans: Vec<(u32, u64, Vec<(&'static str, u64, bool)>)> = vec![
        (1, 500, vec![("auth", 40, true), ("query", 120, true), ("render", 60, true)]),
        (2, 200, vec![("auth", 40, true), ("query", 190, true), ("render", 60, true)]),
        (3, 300, vec![("auth", 40, true), ("quota", 15, false), ("render", 60, true)]),
        (4, 100, vec![("auth", 99, true), ("query", 1, true)]),
    ];
    let origin = Instant::now();
    for (id, budget, steps) in plans {
        let start = Instant::now();
        let deadline = start + Duration::from_millis(budget);
        let res = handle(id, deadline, &steps).await;
        let took = Instant::now() - start;
        match res {
            Ok(spent) => println!("req {} ok: spent {}ms of {}ms", id, spent, budget),
            Err(StepError::DeadlineExceeded { step, budget_left }) => {
                println!("req {} deadline exceeded in {} (left {:?})", id, step, budget_left)
            }
            Err(StepError::Rejected(by)) => println!("req {} rejected by {}", id, by),
        }
        println!("req {} took {:?}", id, took);
    }
    let total = origin.elapsed();
    println!("total {}ms, checked_sub: {:?}", total.as_millis(), Duration::from_millis(100).checked_sub(total));
    let later = origin + Duration::from_secs(1);
    println!("origin before later: {}, gap {:?}", origin < later, later.duration_since(origin));
}
