// writing `v[i] = x` and `v[i] += x` inside a Vec changes it; writing past its end panics with the index and the length (exit 101), where a JavaScript array would grow
struct Histogram {
    buckets: Vec<u32>,
}

impl Histogram {
    fn record(&mut self, value: usize) {
        self.buckets[value / 10] += 1;
    }
}

fn main() {
    let mut scores = vec![0; 3];
    scores[0] = 7;
    scores[2] += 5;
    println!("{:?}", scores);

    let mut h = Histogram { buckets: vec![0; 4] };
    for v in [3, 15, 17, 38] {
        h.record(v);
    }
    println!("{:?}", h.buckets);
    h.record(45);
    println!("never printed: {:?}", h.buckets);
}
