// rust book ch.17 style trait objects + tokio: Vec<Box<dyn Handler + Send>> owned by a dispatcher task fed by mpsc
use std::collections::BTreeMap;
use tokio::sync::{mpsc, oneshot};

#[derive(Debug)]
enum Event {
    Click { x: i32, y: i32 },
    Key(char),
    Resize(u32, u32),
}

trait Handler {
    fn name(&self) -> &str;
    fn handle(&mut self, ev: &Event) -> bool;
    fn report(&self) -> String {
        format!("{} has no report", self.name())
    }
}

struct ClickCounter {
    clicks: u32,
    left_half: u32,
}

struct Typist {
    buffer: String,
}

struct Logger;

impl Handler for ClickCounter {
    fn name(&self) -> &str {
        "clicks"
    }
    fn handle(&mut self, ev: &Event) -> bool {
        if let Event::Click { x, y } = ev {
            self.clicks += 1;
            if *x < 50 && *y < 100 {
                self.left_half += 1;
            }
            true
        } else {
            false
        }
    }
    fn report(&self) -> String {
        format!("{} clicks, {} on the left", self.clicks, self.left_half)
    }
}

impl Handler for Typist {
    fn name(&self) -> &str {
        "typist"
    }
    fn handle(&mut self, ev: &Event) -> bool {
        match ev {
            Event::Key('\u{8}') => self.buffer.pop().is_some(),
            Event::Key(c) => {
                self.buffer.push(*c);
                true
            }
            _ => false,
        }
    }
    fn report(&self) -> String {
        format!("typed {:?}", self.buffer)
    }
}

impl Handler for Logger {
    fn name(&self) -> &str {
        "logger"
    }
    fn handle(&mut self, ev: &Event) -> bool {
        matches!(ev, Event::Resize(w, h) if w * h > 0)
    }
}

async fn dispatcher(mut handlers: Vec<Box<dyn Handler + Send>>, mut rx: mpsc::Receiver<Event>, done: oneshot::Sender<Vec<String>>) {
    let mut hits: BTreeMap<String, u32> = BTreeMap::new();
    while let Some(ev) = rx.recv().await {
        let taken: Vec<&str> = handlers.iter_mut().filter_map(|h| if h.handle(&ev) { Some(h.name()) } else { None }).collect();
        for name in &taken {
            *hits.entry(name.to_string()).or_default() += 1;
        }
        if taken.is_empty() {
            *hits.entry("unhandled".into()).or_default() += 1;
        }
    }
    let mut lines: Vec<String> = handlers.iter().map(|h| h.report()).collect();
    lines.push(format!("{:?}", hits));
    done.send(lines).unwrap();
}

#[tokio::main]
async fn main() {
    let handlers: Vec<Box<dyn Handler + Send>> = vec![Box::new(ClickCounter { clicks: 0, left_half: 0 }), Box::new(Typist { buffer: String::new() }), Box::new(Logger)];
    let (tx, rx) = mpsc::channel(4);
    let (done_tx, done_rx) = oneshot::channel();
    tokio::spawn(dispatcher(handlers, rx, done_tx));
    let events = vec![
        Event::Click { x: 10, y: 5 },
        Event::Key('h'),
        Event::Key('i'),
        Event::Key('x'),
        Event::Key('\u{8}'),
        Event::Resize(800, 600),
        Event::Resize(0, 600),
        Event::Click { x: 70, y: 1 },
        Event::Click { x: 49, y: 99 },
    ];
    for ev in events {
        tx.send(ev).await.unwrap();
    }
    drop(tx);
    for line in done_rx.await.unwrap() {
        println!("{}", line);
    }
}
