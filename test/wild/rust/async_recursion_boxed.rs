// tokio docs/async book style: recursive async functions via Box::pin (tree sums, a spawned divide-and-conquer sum with JoinHandles), join! on the two halves, depth tracked with an AtomicUsize
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

#[derive(Debug)]
enum Tree {
    Leaf(i64),
    Node(Box<Tree>, Box<Tree>),
}

fn build(lo: i64, hi: i64) -> Tree {
    if lo == hi {
        Tree::Leaf(lo)
    } else {
        let mid = (lo + hi) / 2;
        Tree::Node(Box::new(build(lo, mid)), Box::new(build(mid + 1, hi)))
    }
}

// An async fn cannot call itself directly; return a boxed future instead.
fn sum_tree<'a>(t: &'a Tree) -> Pin<Box<dyn Future<Output = i64> + 'a>> {
    Box::pin(async move {
        match t {
            Tree::Leaf(v) => *v,
            Tree::Node(l, r) => {
                let (a, b) = tokio::join!(sum_tree(l), sum_tree(r));
                a + b
            }
        }
    })
}

fn depth(t: &Tree) -> Pin<Box<dyn Future<Output = usize> + '_>> {
    Box::pin(async move {
        match t {
            Tree::Leaf(_) => 1,
            Tree::Node(l, r) => 1 + depth(l).await.max(depth(r).await),
        }
    })
}

// Spawned recursion: each half becomes its own task until the range is small.
fn par_sum(
    data: Arc<Vec<u64>>,
    lo: usize,
    hi: usize,
    tasks: Arc<AtomicUsize>,
) -> Pin<Box<dyn Future<Output = u64> + Send>> {
    Box::pin(async move {
        if hi - lo <= 64 {
            return data[lo..hi].iter().sum();
        }
        let mid = lo + (hi - lo) / 2;
        tasks.fetch_add(2, Ordering::SeqCst);
        let left = tokio::spawn(par_sum(data.clone(), lo, mid, tasks.clone()));
        let right = tokio::spawn(par_sum(data, mid, hi, tasks));
        left.await.unwrap() + right.await.unwrap()
    })
}

fn fib(n: u32) -> Pin<Box<dyn Future<Output = u64> + Send>> {
    Box::pin(async move {
        if n < 2 {
            n as u64
        } else {
            fib(n - 1).await + fib(n - 2).await
        }
    })
}

fn collatz_steps(n: u64, steps: u32) -> Pin<Box<dyn Future<Output = u32> + Send>> {
    Box::pin(async move {
        if n == 1 {
            steps
        } else if n % 2 == 0 {
            collatz_steps(n / 2, steps + 1).await
        } else {
            collatz_steps(3 * n + 1, steps + 1).await
        }
    })
}

#[tokio::main]
async fn main() {
    let t = build(1, 100);
    println!("tree sum 1..=100: {}", sum_tree(&t).await);
    println!("tree depth: {}", depth(&t).await);
    let small = build(1, 3);
    println!("small tree: {:?}", small);

    let data: Arc<Vec<u64>> = Arc::new((1..=10_000).collect());
    let tasks = Arc::new(AtomicUsize::new(0));
    let total = par_sum(data.clone(), 0, data.len(), tasks.clone()).await;
    println!(
        "parallel sum: {} (expected {}), tasks spawned: {}",
        total,
        10_000u64 * 10_001 / 2,
        tasks.load(Ordering::SeqCst)
    );

    let fibs: Vec<u64> = {
        let mut v = Vec::new();
        for n in [0, 1, 2, 10, 20] {
            v.push(fib(n).await);
        }
        v
    };
    println!("fib: {:?}", fibs);

    let mut handles = Vec::new();
    for n in [6u64, 7, 27, 97] {
        handles.push((n, tokio::spawn(collatz_steps(n, 0))));
    }
    for (n, h) in handles {
        println!("collatz({}) takes {} steps", n, h.await.unwrap());
    }
}
