// An enum implementing a trait gets the trait's default methods it does not override (`describe` calls the required `name`; `is_urgent` is overridden), called on values received from a channel and through `&dyn Trait`.
use tokio::sync::mpsc;

trait Summary {
    fn name(&self) -> String;

    fn describe(&self) -> String {
        format!("(Read more about {}...)", self.name())
    }

    fn is_urgent(&self) -> bool {
        false
    }
}

#[derive(Debug)]
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
}

impl Summary for Message {
    fn name(&self) -> String {
        match self {
            Message::Quit => String::from("quit"),
            Message::Move { x, y } => format!("move to {},{}", x, y),
            Message::Write(text) => format!("write {:?}", text),
        }
    }

    fn is_urgent(&self) -> bool {
        matches!(self, Message::Quit)
    }
}

struct Tweet {
    username: String,
}

impl Summary for Tweet {
    fn name(&self) -> String {
        format!("@{}", self.username)
    }
}

fn notify(item: &dyn Summary) {
    println!("Breaking news! {}", item.describe());
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(8);
    tokio::spawn(async move {
        tx.send(Message::Write(String::from("hello"))).await.unwrap();
        tx.send(Message::Move { x: 1, y: -2 }).await.unwrap();
        tx.send(Message::Quit).await.unwrap();
    });

    while let Some(msg) = rx.recv().await {
        println!("{} urgent={}", msg.describe(), msg.is_urgent());
        if msg.is_urgent() {
            break;
        }
    }

    let tweet = Tweet { username: String::from("horse_ebooks") };
    notify(&tweet);
    println!("{}", tweet.is_urgent());
}
