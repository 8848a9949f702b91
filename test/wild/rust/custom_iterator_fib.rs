// rust book ch.13 style: implementing Iterator for a struct, then peekable, take_while, skip_while, step_by, nth, cycle, last
struct Fib {
    cur: u64,
    next: u64,
}

impl Fib {
    fn new() -> Self {
        Fib { cur: 0, next: 1 }
    }
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let out = self.cur;
        let new_next = self.cur.checked_add(self.next)?;
        self.cur = self.next;
        self.next = new_next;
        Some(out)
    }
}

struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0 + 1)
        }
    }
}

fn main() {
    println!("first 12 {:?}", Fib::new().take(12).collect::<Vec<_>>());
    println!("count until overflow {}", Fib::new().count());
    println!("last {:?}", Fib::new().last());
    println!("nth(70) {:?}", Fib::new().nth(70));
    println!("even under 4M sum {}", Fib::new().take_while(|&x| x < 4_000_000).filter(|x| x % 2 == 0).sum::<u64>());
    println!("skip_while <1000 then 3 {:?}", Fib::new().skip_while(|&x| x < 1000).take(3).collect::<Vec<_>>());
    println!("step_by 10 {:?}", Fib::new().step_by(10).take(5).collect::<Vec<_>>());
    let above_2_53 = Fib::new().position(|x| x > (1u64 << 53));
    println!("first index above 2^53 {:?}", above_2_53);

    let mut it = Fib::new().peekable();
    let mut groups = Vec::new();
    while let Some(x) = it.next() {
        if x > 100 {
            break;
        }
        let mut group = vec![x];
        while let Some(&n) = it.peek() {
            if n.to_string().len() == x.to_string().len() {
                group.push(n);
                it.next();
            } else {
                break;
            }
        }
        groups.push(group);
    }
    println!("by digit count {:?}", groups);

    let lights = ["red", "green", "amber"];
    let schedule: Vec<String> = Countdown(7).zip(lights.iter().cycle()).map(|(n, l)| format!("{}:{}", n, l)).collect();
    println!("{}", schedule.join(" "));
    let (small, large): (Vec<u32>, Vec<u32>) = Countdown(10).partition(|&n| n <= 5);
    println!("partition {:?} {:?}", small, large);
    let mx = Countdown(6).map(|n| (n as i32 - 3).pow(2)).enumerate().max_by_key(|&(_, v)| v);
    println!("max {:?} min_by {:?}", mx, Countdown(6).min_by(|a, b| (a % 4).cmp(&(b % 4))));
    let mut it = Countdown(3).fuse();
    println!("{:?} {:?} {:?} {:?} {:?}", it.next(), it.next(), it.next(), it.next(), it.next());
    println!("unzip {:?}", Countdown(3).map(|n| (n, n * n)).unzip::<u32, u32, Vec<u32>, Vec<u32>>());
}
