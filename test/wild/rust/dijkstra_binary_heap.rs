// rust std collections docs style (BinaryHeap), std only: Dijkstra's shortest paths with BinaryHeap<Reverse<(cost, node)>> and stale-entry skipping, path reconstruction from a prev array, unreachable nodes as None, and a BinaryHeap of a custom Ord struct for a top-k
use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

struct Graph {
    names: Vec<&'static str>,
    adj: Vec<Vec<(usize, u32)>>,
}

impl Graph {
    fn new(names: &[&'static str]) -> Self {
        Graph {
            names: names.to_vec(),
            adj: vec![vec![]; names.len()],
        }
    }
    fn id(&self, name: &str) -> usize {
        self.names
            .iter()
            .position(|n| *n == name)
            .expect("known node")
    }
    fn edge(&mut self, a: &str, b: &str, w: u32) {
        let (a, b) = (self.id(a), self.id(b));
        self.adj[a].push((b, w));
        self.adj[b].push((a, w));
    }
    fn one_way(&mut self, a: &str, b: &str, w: u32) {
        let (a, b) = (self.id(a), self.id(b));
        self.adj[a].push((b, w));
    }

    fn dijkstra(&self, src: usize) -> (Vec<Option<u32>>, Vec<Option<usize>>, usize) {
        let mut dist = vec![None; self.names.len()];
        let mut prev = vec![None; self.names.len()];
        let mut heap = BinaryHeap::new();
        let mut pops = 0;
        dist[src] = Some(0);
        heap.push(Reverse((0u32, src)));
        while let Some(Reverse((d, u))) = heap.pop() {
            pops += 1;
            if dist[u].map_or(false, |best| d > best) {
                continue;
            }
            for &(v, w) in &self.adj[u] {
                let nd = d + w;
                if dist[v].map_or(true, |old| nd < old) {
                    dist[v] = Some(nd);
                    prev[v] = Some(u);
                    heap.push(Reverse((nd, v)));
                }
            }
        }
        (dist, prev, pops)
    }

    fn path(&self, prev: &[Option<usize>], to: usize) -> String {
        let mut nodes = vec![to];
        let mut cur = to;
        while let Some(p) = prev[cur] {
            nodes.push(p);
            cur = p;
        }
        nodes
            .iter()
            .rev()
            .map(|&i| self.names[i])
            .collect::<Vec<_>>()
            .join(" -> ")
    }
}

#[derive(Debug, PartialEq, Eq)]
struct Task {
    priority: u8,
    name: &'static str,
}
impl Ord for Task {
    fn cmp(&self, other: &Self) -> Ordering {
        self.priority
            .cmp(&other.priority)
            .then_with(|| other.name.cmp(self.name))
    }
}
impl PartialOrd for Task {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let mut g = Graph::new(&["A", "B", "C", "D", "E", "F", "G"]);
    g.edge("A", "B", 7);
    g.edge("A", "C", 9);
    g.edge("A", "F", 14);
    g.edge("B", "C", 10);
    g.edge("B", "D", 15);
    g.edge("C", "D", 11);
    g.edge("C", "F", 2);
    g.edge("D", "E", 6);
    g.edge("E", "F", 9);
    g.one_way("G", "A", 1);

    let (dist, prev, pops) = g.dijkstra(g.id("A"));
    for (i, d) in dist.iter().enumerate() {
        match d {
            Some(d) => println!("{} {:>3}  {}", g.names[i], d, g.path(&prev, i)),
            None => println!("{} unreachable", g.names[i]),
        }
    }
    println!("heap pops: {}", pops);

    let (from_g, _, _) = g.dijkstra(g.id("G"));
    println!("from G: {:?}", from_g);

    let mut heap: BinaryHeap<Task> = [
        Task {
            priority: 2,
            name: "write docs",
        },
        Task {
            priority: 9,
            name: "fix prod",
        },
        Task {
            priority: 5,
            name: "review",
        },
        Task {
            priority: 9,
            name: "call back",
        },
        Task {
            priority: 1,
            name: "tidy desk",
        },
    ]
    .into_iter()
    .collect();
    println!(
        "peek: {:?}, len {}",
        heap.peek().map(|t| t.name),
        heap.len()
    );
    let mut order = vec![];
    while let Some(t) = heap.pop() {
        order.push(format!("{}:{}", t.priority, t.name));
    }
    println!("{}", order.join(", "));

    let nums = [5, 1, 8, 3, 9, 2, 7];
    let mut top3 = BinaryHeap::new();
    for n in nums {
        top3.push(Reverse(n));
        if top3.len() > 3 {
            top3.pop();
        }
    }
    let mut best: Vec<i32> = top3.into_iter().map(|Reverse(n)| n).collect();
    best.sort_unstable_by(|a, b| b.cmp(a));
    println!("top 3: {:?}", best);
    let sorted = BinaryHeap::from(vec![4, 1, 3]).into_sorted_vec();
    println!("into_sorted_vec: {:?}", sorted);
}
