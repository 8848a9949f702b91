// std's BinaryHeap pops the greatest item first; Reverse turns it into a min-heap. A struct that
// derives Ord is ordered by its fields in declaration order; {:?} shows the heap's inner order.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Task {
    urgency: u8,
    name: String,
}

fn main() {
    let mut heap = BinaryHeap::new();
    for n in [5, 1, 8, 3, 9, 2] {
        heap.push(n);
    }
    println!("inner order {:?} len {} peek {:?}", heap, heap.len(), heap.peek());
    let mut popped = Vec::new();
    while let Some(top) = heap.pop() {
        popped.push(top);
        if popped.len() == 3 {
            break;
        }
    }
    println!("popped {:?} left {:?}", popped, heap);

    let mut soonest = BinaryHeap::new();
    for (due, what) in [(30, "lunch"), (10, "standup"), (20, "review"), (10, "coffee")] {
        soonest.push(Reverse((due, what)));
    }
    while let Some(Reverse((due, what))) = soonest.pop() {
        println!("{} at {}", what, due);
    }

    let mut tasks = BinaryHeap::new();
    tasks.push(Task { urgency: 2, name: "write docs".to_string() });
    tasks.push(Task { urgency: 9, name: "fix outage".to_string() });
    tasks.push(Task { urgency: 2, name: "answer mail".to_string() });
    println!("first {:?}", tasks.peek().map(|t| &t.name));
    println!("by urgency then name {:?}", tasks.into_sorted_vec().iter().map(|t| t.name.as_str()).collect::<Vec<_>>());

    let collected: BinaryHeap<i32> = vec![4, 7, 1, 9, 3].into_iter().collect();
    println!("collected {:?} sorted {:?}", collected, collected.clone().into_sorted_vec());
    println!("empty {}", BinaryHeap::<u8>::new().is_empty());
}
