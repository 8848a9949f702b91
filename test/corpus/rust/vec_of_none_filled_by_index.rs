// `vec![None; n]` typed by what is stored later: BFS distances and parents filled by index
// assignment (`dist[v] = Some(d + 1)`), read back with map_or, is_none and unwrap_or
use std::collections::VecDeque;

fn bfs(adj: &[Vec<usize>], start: usize) -> (Vec<Option<u32>>, Vec<Option<usize>>) {
    let mut dist = vec![None; adj.len()];
    let mut parent = vec![None; adj.len()];
    dist[start] = Some(0);
    let mut queue = VecDeque::new();
    queue.push_back(start);
    while let Some(u) = queue.pop_front() {
        let d = dist[u].unwrap_or(0);
        for &v in &adj[u] {
            if dist[v].is_none() {
                dist[v] = Some(d + 1);
                parent[v] = Some(u);
                queue.push_back(v);
            }
        }
    }
    (dist, parent)
}

fn main() {
    let adj = vec![vec![1, 2], vec![3], vec![3, 4], vec![5], vec![], vec![], vec![0]];
    let (dist, parent) = bfs(&adj, 0);
    for (node, d) in dist.iter().enumerate() {
        let shown = d.map_or("unreachable".to_string(), |d| format!("{} hops", d));
        println!("node {}: {} (parent {:?})", node, shown, parent[node]);
    }
    let far = dist.iter().filter(|d| d.map_or(false, |d| d >= 2)).count();
    println!("{} nodes at least 2 hops away; {:?}", far, dist);
}
