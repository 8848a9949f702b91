// A struct that implements Iterator gets every adapter and consumer, and they stay lazy: an
// endless Collatz-like sequence is only read as far as take, take_while, nth or position need.
struct Steps {
    value: u32,
    next: u32,
}

impl Steps {
    fn from(start: u32) -> Self {
        Steps { value: start, next: 0 }
    }
}

impl Iterator for Steps {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        let out = self.value;
        self.next += 1;
        self.value = if out % 2 == 0 { out / 2 } else { out * 3 + 1 };
        Some(out)
    }
}

struct Letters {
    left: Vec<char>,
}

impl Iterator for Letters {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        if self.left.is_empty() {
            None
        } else {
            Some(self.left.remove(0))
        }
    }
}

fn main() {
    println!("first 8 {:?}", Steps::from(6).take(8).collect::<Vec<_>>());
    println!("until 1 {:?}", Steps::from(7).take_while(|&v| v != 1).collect::<Vec<u32>>());
    println!("nth(3) {:?}", Steps::from(27).nth(3));
    println!("first above 100 at {:?}", Steps::from(27).position(|v| v > 100));
    println!("sum of evens in 10 {}", Steps::from(9).take(10).filter(|v| v % 2 == 0).sum::<u32>());
    println!("skip_while, step_by {:?}", Steps::from(3).skip_while(|&v| v != 16).step_by(2).take(3).collect::<Vec<_>>());
    let mut counter = Steps::from(5);
    counter.next();
    println!("own next then field {}", counter.next);

    let word = || Letters { left: "lazy".chars().collect() };
    println!("count {} last {:?} max {:?}", word().count(), word().last(), word().max());
    println!("zip cycle {:?}", word().zip([1, 2].iter().cycle()).collect::<Vec<_>>());
    let (vowels, rest): (Vec<char>, Vec<char>) = word().partition(|c| "aeiouy".contains(*c));
    println!("partition {:?} {:?}", vowels, rest);
    println!("enumerate max_by_key {:?}", word().enumerate().max_by_key(|&(_, c)| c));
    println!("min_by {:?}", word().min_by(|a, b| b.cmp(a)));
    println!("unzip {:?}", word().map(|c| (c, c.to_ascii_uppercase())).unzip::<char, char, Vec<char>, Vec<char>>());
    let shout: String = word().map(|c| c.to_ascii_uppercase()).collect();
    println!("collect String {}", shout);
    for c in word().skip(2) {
        print!("[{}]", c);
    }
    println!();

    let mut peek = Steps::from(12).peekable();
    let mut runs = Vec::new();
    while let Some(v) = peek.next() {
        if v == 1 {
            break;
        }
        let mut run = vec![v];
        while let Some(&n) = peek.peek() {
            if n % 2 == v % 2 {
                run.push(n);
                peek.next();
            } else {
                break;
            }
        }
        runs.push(run);
    }
    println!("parity runs {:?}", runs);
    let mut fused = Letters { left: vec!['x'] }.fuse();
    println!("{:?} {:?} {:?}", fused.next(), fused.next(), fused.next());
}
