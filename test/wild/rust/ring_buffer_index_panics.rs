// rust std docs style (std only): a hand-written fixed ring buffer whose wrap-around check is off by one; pushing past capacity indexes beyond the Vec and panics (exit 101)
struct Ring {
    slots: Vec<i32>,
    head: usize,
    len: usize,
}

impl Ring {
    fn new(cap: usize) -> Self {
        Ring {
            slots: vec![0; cap],
            head: 0,
            len: 0,
        }
    }

    fn push(&mut self, v: i32) {
        let mut tail = self.head + self.len;
        if tail > self.slots.len() {
            // bug: should be `>=`, so tail == capacity is never wrapped
            tail -= self.slots.len();
        }
        self.slots[tail] = v;
        if self.len < self.slots.len() {
            self.len += 1;
        } else {
            self.head = (self.head + 1) % self.slots.len();
        }
    }

    fn items(&self) -> Vec<i32> {
        (0..self.len)
            .map(|i| self.slots[(self.head + i) % self.slots.len()])
            .collect()
    }
}

fn main() {
    let mut r = Ring::new(4);
    for v in 1..=3 {
        r.push(v * 10);
        println!("after push {:>2}: {:?}", v * 10, r.items());
    }
    r.push(40);
    println!("after push 40: {:?}", r.items());
    r.push(50);
    println!("never printed: {:?}", r.items());
}
