// A BinaryHeap of jobs ordered by a hand-written `impl Ord` (urgency first, then the earlier
// ticket), `BinaryHeap::from(vec)`, `peek` and `into_sorted_vec`; `Reverse` taken apart by
// `let`, in a closure's parameter and inside `while let Some(Reverse((t, name)))`; `let` of a
// tuple struct's fields.
use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq)]
struct Job {
    urgency: u8,
    ticket: u32,
    title: String,
}

impl Ord for Job {
    fn cmp(&self, other: &Self) -> Ordering {
        self.urgency
            .cmp(&other.urgency)
            .then_with(|| other.ticket.cmp(&self.ticket))
    }
}

impl PartialOrd for Job {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

struct Span(u32, u32);

fn job(urgency: u8, ticket: u32, title: &str) -> Job {
    Job { urgency, ticket, title: title.to_string() }
}

fn main() {
    let mut queue = BinaryHeap::new();
    queue.push(job(2, 14, "rotate keys"));
    queue.push(job(5, 20, "page on-call"));
    queue.push(job(5, 11, "restart db"));
    queue.push(job(1, 3, "tidy wiki"));
    println!("next: {:?}", queue.peek().map(|j| &j.title));
    while let Some(j) = queue.pop() {
        println!("{} #{} {}", j.urgency, j.ticket, j.title);
    }

    let mut timers = BinaryHeap::new();
    for (at, name) in [(30, "flush"), (10, "ping"), (20, "save")] {
        timers.push(Reverse((at, name)));
    }
    let Reverse(first) = timers.pop().unwrap();
    println!("first timer {:?}", first);
    while let Some(Reverse((at, name))) = timers.pop() {
        println!("then {} at {}", name, at);
    }

    let mins: BinaryHeap<Reverse<i32>> = vec![7, -2, 9].into_iter().map(|n| Reverse(n)).collect();
    let plain: Vec<i32> = mins.into_sorted_vec().into_iter().map(|Reverse(n)| n).collect();
    println!("{:?}", plain);
    println!("{:?}", BinaryHeap::from(vec![4, 1, 3, 8]).into_sorted_vec());

    let Span(start, end) = Span(5, 12);
    println!("span {}..{} is {} long", start, end, end - start);
}
