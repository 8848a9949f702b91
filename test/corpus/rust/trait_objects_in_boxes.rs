// Trait objects: `Vec<Box<dyn Trait>>` of different structs, a default method that some
// types override, `&dyn Trait` parameters, and boxed trait objects sent to a task.
use tokio::sync::mpsc;

trait Notifier: Send {
    fn channel(&self) -> String;
    fn cost(&self) -> u32;

    fn describe(&self) -> String {
        format!("{} ({} credits)", self.channel(), self.cost())
    }
}

struct Email {
    address: String,
}

struct Sms {
    number: String,
    segments: u32,
}

impl Notifier for Email {
    fn channel(&self) -> String {
        format!("email to {}", self.address)
    }
    fn cost(&self) -> u32 {
        1
    }
}

impl Notifier for Sms {
    fn channel(&self) -> String {
        format!("sms to {}", self.number)
    }
    fn cost(&self) -> u32 {
        5 * self.segments
    }
    fn describe(&self) -> String {
        format!("{} in {} segments", self.channel(), self.segments)
    }
}

fn total_cost(all: &[Box<dyn Notifier>]) -> u32 {
    all.iter().map(|n| n.cost()).sum()
}

fn shout(n: &dyn Notifier) -> String {
    n.channel().to_uppercase()
}

#[tokio::main]
async fn main() {
    let notifiers: Vec<Box<dyn Notifier>> = vec![
        Box::new(Email { address: "ana@example.com".to_string() }),
        Box::new(Sms { number: "555-0100".to_string(), segments: 2 }),
        Box::new(Email { address: "bo@example.com".to_string() }),
    ];
    for n in &notifiers {
        println!("{}", n.describe());
    }
    println!("total cost: {}", total_cost(&notifiers));
    println!("{}", shout(notifiers[1].as_ref()));

    let (tx, mut rx) = mpsc::channel::<Box<dyn Notifier>>(2);
    let sender = tokio::spawn(async move {
        for n in notifiers {
            if tx.send(n).await.is_err() {
                break;
            }
        }
    });
    let mut sent = Vec::new();
    while let Some(n) = rx.recv().await {
        sent.push(n.channel());
    }
    sender.await.unwrap();
    assert_eq!(sent.len(), 3);
    println!("dispatched: {:?}", sent);
}
