// rust std docs style (VecDeque): a round-robin CPU scheduler simulation with a time quantum, arrivals queued by time, per-process turnaround and waiting stats
use std::collections::VecDeque;
use std::fmt;

#[derive(Debug, Clone)]
struct Proc {
    pid: u32,
    name: &'static str,
    arrival: u32,
    burst: u32,
    remaining: u32,
    finished_at: Option<u32>,
}

impl fmt::Display for Proc {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:>3} {:<8}", self.pid, self.name)
    }
}

fn simulate(mut incoming: VecDeque<Proc>, quantum: u32) -> (Vec<Proc>, Vec<String>) {
    let mut ready: VecDeque<Proc> = VecDeque::new();
    let mut done = Vec::new();
    let mut timeline = Vec::new();
    let mut clock = 0;
    loop {
        while incoming.front().map_or(false, |p| p.arrival <= clock) {
            ready.push_back(incoming.pop_front().unwrap());
        }
        let mut current = match ready.pop_front() {
            Some(p) => p,
            None => match incoming.front() {
                Some(next) => {
                    timeline.push(format!("{:>3}-{:<3} idle", clock, next.arrival));
                    clock = next.arrival;
                    continue;
                }
                None => break,
            },
        };
        let slice = current.remaining.min(quantum);
        timeline.push(format!("{:>3}-{:<3} {}", clock, clock + slice, current.name));
        clock += slice;
        current.remaining -= slice;
        while incoming.front().map_or(false, |p| p.arrival <= clock) {
            ready.push_back(incoming.pop_front().unwrap());
        }
        if current.remaining == 0 {
            current.finished_at = Some(clock);
            done.push(current);
        } else {
            ready.push_back(current);
        }
    }
    (done, timeline)
}

fn main() {
    let specs = [("init", 0, 5), ("shell", 1, 3), ("compile", 2, 9), ("editor", 3, 4), ("backup", 20, 2)];
    let procs: VecDeque<Proc> = specs
        .iter()
        .enumerate()
        .map(|(i, &(name, arrival, burst))| Proc { pid: 100 + i as u32, name, arrival, burst, remaining: burst, finished_at: None })
        .collect();
    for quantum in [2, 4] {
        println!("== quantum {} ==", quantum);
        let (done, timeline) = simulate(procs.clone(), quantum);
        for line in &timeline {
            println!("  {}", line);
        }
        let mut total_wait = 0;
        for p in &done {
            let end = p.finished_at.unwrap();
            let turnaround = end - p.arrival;
            let wait = turnaround - p.burst;
            total_wait += wait;
            println!("{} finished {:>3} turnaround {:>3} wait {:>3}", p, end, turnaround, wait);
        }
        println!("average wait: {:.2}", total_wait as f64 / done.len() as f64);
        let order: Vec<&str> = done.iter().map(|p| p.name).collect();
        println!("completion order: {}", order.join(" > "));
    }
    let mut ring: VecDeque<char> = "abcdef".chars().collect();
    ring.rotate_left(2);
    let s1: String = ring.iter().collect();
    ring.rotate_right(3);
    let s2: String = ring.iter().collect();
    println!("rotations: {} {}", s1, s2);
    let (a, b) = ring.as_slices();
    println!("slices total {}, contains 'c': {}", a.len() + b.len(), ring.contains(&'c'));
}
