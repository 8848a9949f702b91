// impl fmt::Display for an enum and for a struct: {} uses it, to_string() too, and {:?} still
// prints the derived Debug; a channel carries the enum and the receiver prints each value.
use std::fmt;
use tokio::sync::mpsc;

#[derive(Debug, Clone, PartialEq)]
enum Status {
    Idle,
    Busy(u32),
    Failed { code: i32, reason: String },
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Status::Idle => write!(f, "idle"),
            Status::Busy(n) => write!(f, "busy with {} jobs", n),
            Status::Failed { code, reason } => write!(f, "failed ({}): {}", code, reason),
        }
    }
}

struct Report {
    name: String,
    status: Status,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is {}", self.name, self.status)
    }
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(4);
    tokio::spawn(async move {
        for status in [Status::Idle, Status::Busy(3), Status::Failed { code: -2, reason: "disk full".to_string() }] {
            tx.send(status).await.unwrap();
        }
    });
    let mut seen = Vec::new();
    while let Some(status) = rx.recv().await {
        println!("{} / {:?}", status, status);
        seen.push(status.to_string());
    }
    println!("{}", seen.join(" | "));
    let report = Report { name: "worker-1".to_string(), status: Status::Busy(7) };
    println!("{}", report);
    let text = format!("[{}]", report);
    println!("{} has {} bytes; idle again: {}", text, text.len(), report.status == Status::Idle);
}
