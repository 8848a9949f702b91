// std::mem::take, replace and swap: a task drains its log with take, a state machine moves on with replace, and two buffers trade places with swap
use std::mem;
use tokio::sync::mpsc;

#[derive(Debug, Default)]
struct Log {
    lines: Vec<String>,
    flushes: u32,
}

impl Log {
    fn write(&mut self, line: &str) {
        self.lines.push(line.to_string());
    }

    fn flush(&mut self) -> Vec<String> {
        self.flushes += 1;
        mem::take(&mut self.lines)
    }
}

#[derive(Debug, PartialEq)]
enum Door {
    Closed,
    Open { visitors: u32 },
    Locked(String),
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<Vec<String>>(2);
    let writer = tokio::spawn(async move {
        let mut log = Log::default();
        for i in 1..=5 {
            log.write(&format!("event {}", i));
            if i % 2 == 0 {
                tx.send(log.flush()).await.unwrap();
            }
        }
        tx.send(log.flush()).await.unwrap();
        log
    });
    while let Some(batch) = rx.recv().await {
        println!("flushed {:?}", batch);
    }
    let log = writer.await.unwrap();
    println!("left behind: {:?}", log);

    let mut door = Door::Closed;
    let before = mem::replace(&mut door, Door::Open { visitors: 0 });
    println!("{:?} -> {:?}", before, door);
    if let Door::Open { visitors } = door {
        door = Door::Open { visitors: visitors + 3 };
    }
    let was = std::mem::replace(&mut door, Door::Locked("night".to_string()));
    println!("{:?} -> {:?}", was, door);

    let mut front = vec![1, 2, 3];
    let mut back = vec![9];
    mem::swap(&mut front, &mut back);
    println!("front {:?} back {:?}", front, back);

    let mut name = String::from("draft");
    let taken = mem::take(&mut name);
    println!("taken {:?}, left {:?}, empty: {}", taken, name, name.is_empty());

    let mut counts = [5u32, 7];
    let mut spare = 0;
    mem::swap(&mut counts[0], &mut spare);
    println!("{:?} {}", counts, spare);
}
