// Changing values through the bindings of a match on &mut: a download tracker's state moves on as progress events arrive over a channel, iter_mut changes pairs in place, and Some(n) = &mut total counts
use tokio::sync::mpsc;

#[derive(Debug)]
enum Download {
    Queued,
    Running { received: u64, file: String },
    Finished(u64),
}

#[derive(Debug)]
enum Event {
    Start(String),
    Chunk(u64),
    Done,
}

struct Tracker {
    state: Download,
    notes: Vec<String>,
}

impl Tracker {
    fn apply(&mut self, event: Event) {
        match (&mut self.state, event) {
            (Download::Queued, Event::Start(file)) => {
                self.state = Download::Running { received: 0, file };
            }
            (Download::Running { received, file }, Event::Chunk(n)) => {
                *received += n;
                file.push('.');
                if *received >= 100 {
                    self.notes.push(format!("{} passed 100 bytes", file));
                }
            }
            (Download::Running { received, .. }, Event::Done) => {
                let total = *received;
                self.state = Download::Finished(total);
            }
            (Download::Finished(bytes), _) => *bytes += 0,
            (_, _) => self.notes.push("ignored an event".to_string()),
        }
    }
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(8);
    tokio::spawn(async move {
        tx.send(Event::Chunk(1)).await.unwrap();
        tx.send(Event::Start("report".to_string())).await.unwrap();
        for n in [40, 50, 30] {
            tx.send(Event::Chunk(n)).await.unwrap();
        }
        tx.send(Event::Done).await.unwrap();
    });

    let mut tracker = Tracker { state: Download::Queued, notes: Vec::new() };
    while let Some(event) = rx.recv().await {
        tracker.apply(event);
        if let Download::Running { received, file } = &tracker.state {
            println!("{} at {} bytes", file, received);
        }
    }
    println!("{:?} {:?}", tracker.state, tracker.notes);

    let mut retries: Option<u32> = Some(1);
    for _ in 0..3 {
        if let Some(n) = &mut retries {
            *n *= 2;
        }
    }
    match retries.as_mut() {
        Some(n) if *n > 4 => *n -= 1,
        _ => {}
    }
    println!("retries {:?}", retries);

    let mut scores = vec![("ana".to_string(), 3), ("bo".to_string(), 5)];
    for (name, score) in scores.iter_mut() {
        *score += 10;
        name.push_str("!");
    }
    println!("{:?}", scores);
}
