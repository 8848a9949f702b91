// The actor pattern: a handle struct with async methods sends a command enum to a task that owns
// a store struct (impl methods on HashMap state) and replies through oneshot channels; two
// clients share cloned handles; the actor ends when the last handle is dropped.
use std::collections::HashMap;
use tokio::sync::{mpsc, oneshot};
#[derive(Debug)]
enum Command {
    Set { key: String, value: String, reply: oneshot::Sender<Option<String>> },
    Get { key: String, reply: oneshot::Sender<Option<String>> },
    Keys { reply: oneshot::Sender<Vec<String>> },
}
struct Store {
    data: HashMap<String, String>,
    operations: u32,
}
impl Store {
    fn sorted_keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = self.data.keys().cloned().collect();
        keys.sort_unstable();
        keys
    }
    fn handle(&mut self, command: Command) {
        self.operations += 1;
        match command {
            Command::Set { key, value, reply } => drop(reply.send(self.data.insert(key, value))),
            Command::Get { key, reply } => drop(reply.send(self.data.get(&key).cloned())),
            Command::Keys { reply } => drop(reply.send(self.sorted_keys())),
        }
    }
}
#[derive(Clone)]
struct StoreHandle {
    sender: mpsc::Sender<Command>,
}
impl StoreHandle {
    async fn set(&self, key: &str, value: &str) -> Option<String> {
        let (reply, answer) = oneshot::channel();
        let command = Command::Set { key: key.to_string(), value: value.to_string(), reply };
        self.sender.send(command).await.expect("store is running");
        answer.await.expect("store replies")
    }
    async fn get(&self, key: &str) -> Option<String> {
        let (reply, answer) = oneshot::channel();
        self.sender.send(Command::Get { key: key.to_string(), reply }).await.expect("store is running");
        answer.await.expect("store replies")
    }
}
#[tokio::main]
async fn main() {
    let (sender, mut inbox) = mpsc::channel(8);
    let actor = tokio::spawn(async move {
        let mut store = Store { data: HashMap::new(), operations: 0 };
        while let Some(command) = inbox.recv().await {
            store.handle(command);
        }
        store.operations
    });
    let store = StoreHandle { sender };
    let mut clients = Vec::new();
    for (prefix, count) in [("fruit", 3), ("veg", 2)] {
        let handle = store.clone();
        clients.push(tokio::spawn(async move {
            for i in 1..=count {
                handle.set(&format!("{}:{}", prefix, i), &format!("{} number {}", prefix, i)).await;
            }
            handle.set(&format!("{}:1", prefix), "replaced").await
        }));
    }
    for client in clients {
        println!("client replaced: {:?}", client.await.unwrap());
    }
    let (reply, keys) = oneshot::channel();
    store.sender.send(Command::Keys { reply }).await.unwrap();
    println!("keys: {:?}", keys.await.unwrap());
    println!("fruit:2 = {:?}", store.get("fruit:2").await);
    println!("veg:9 = {}", store.get("veg:9").await.unwrap_or_else(|| "<missing>".to_string()));
    println!("first set of a new key: {:?}", store.set("nuts:1", "almond").await);
    drop(store);
    println!("operations served: {}", actor.await.unwrap());
}
