// 64-bit integers stay exact past 2^53: an FNV-1a hash, a xorshift generator, wrapping and
// checked arithmetic at u64::MAX, computed in tasks and sent over a channel.
use tokio::sync::mpsc;

const FNV_OFFSET: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

fn fnv1a(text: &str) -> u64 {
    let mut hash = FNV_OFFSET;
    for byte in text.bytes() {
        hash ^= byte as u64;
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

struct XorShift {
    state: u64,
}

impl XorShift {
    fn new(seed: u64) -> Self {
        XorShift { state: seed }
    }

    fn next(&mut self) -> u64 {
        let mut x = self.state;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.state = x;
        x
    }

    fn roll(&mut self, sides: u64) -> u32 {
        (self.next() % sides) as u32 + 1
    }
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<(String, u64)>(4);
    for word in ["tokio", "rust", "channel"] {
        let tx = tx.clone();
        tokio::spawn(async move {
            tx.send((word.to_string(), fnv1a(word))).await.unwrap();
        });
    }
    drop(tx);
    let mut hashes = Vec::new();
    while let Some(pair) = rx.recv().await {
        hashes.push(pair);
    }
    hashes.sort();
    for (word, hash) in &hashes {
        println!("fnv1a({}) = {:016x} ({})", word, hash, hash);
    }

    let mut rng = XorShift::new(88172645463325252);
    let first: Vec<u64> = (0..3).map(|_| rng.next()).collect();
    println!("xorshift: {:?}", first);
    let rolls: Vec<u32> = (0..10).map(|_| rng.roll(6)).collect();
    println!("dice: {:?}", rolls);

    let big = u64::MAX - 5;
    println!("{} + 10 wraps to {}", big, big.wrapping_add(10));
    println!("checked: {:?} {:?}", big.checked_add(5), big.checked_add(6));
    println!("saturating: {}", big.saturating_add(100));
    let half = u64::MAX / 2;
    println!("half of u64::MAX is {} (odd: {})", half, half % 2 == 1);

    let signed: i64 = -9_007_199_254_740_993;
    println!("i64 below -2^53: {} {}", signed, signed * 3);
    println!("as u64: {}", signed as u64);
    println!("back to i64: {}", (signed as u64) as i64 == signed);
    println!("low byte: {}", fnv1a("tokio") as u8);
    let hashes_only: Vec<u64> = vec![1, 2, fnv1a("tokio")];
    let sum: u64 = hashes_only.iter().sum();
    println!("sum {} max {}", sum, hashes_only.iter().max().unwrap());
    assert_eq!(fnv1a(""), FNV_OFFSET);
}
