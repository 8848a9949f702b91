// #[derive(Default)] gives a fixed-size array field N default elements, as `[T; N]::default()` does.
use tokio::sync::mpsc;

#[derive(Debug, Default)]
struct Histogram {
    buckets: [u64; 4],
    labels: [String; 2],
    samples: usize,
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u64>(8);
    tokio::spawn(async move {
        for v in [3, 17, 42, 8, 29, 51] {
            tx.send(v).await.unwrap();
        }
    });
    let mut h = Histogram::default();
    while let Some(v) = rx.recv().await {
        h.buckets[(v / 16) as usize] += 1;
        h.samples += 1;
    }
    println!("{:?}", h);
    let empty: [i32; 3] = Default::default();
    println!("{:?} {}", empty, h.buckets.iter().sum::<u64>());
}
