// tokio docs style: a topic registry of broadcast senders, subscribers per topic
use std::collections::HashMap;
use tokio::sync::broadcast;

struct Broker {
    topics: HashMap<String, broadcast::Sender<String>>,
}

impl Broker {
    fn new() -> Self {
        Broker { topics: HashMap::new() }
    }

    fn subscribe(&mut self, topic: &str) -> broadcast::Receiver<String> {
        self.topics
            .entry(topic.to_string())
            .or_insert_with(|| broadcast::channel(8).0)
            .subscribe()
    }

    fn publish(&self, topic: &str, msg: &str) -> usize {
        match self.topics.get(topic) {
            Some(tx) => tx.send(msg.to_string()).unwrap_or(0),
            None => 0,
        }
    }
}

fn drain(rx: &mut broadcast::Receiver<String>) -> Vec<String> {
    let mut out = Vec::new();
    while let Ok(m) = rx.try_recv() {
        out.push(m);
    }
    out
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut broker = Broker::new();
    let mut sports_a = broker.subscribe("sports");
    let mut sports_b = broker.subscribe("sports");
    let mut weather = broker.subscribe("weather");

    let mut deliveries = vec![
        ("sports", broker.publish("sports", "goal!")),
        ("weather", broker.publish("weather", "rain at 5")),
        ("finance", broker.publish("finance", "stocks up")),
    ];
    drop(sports_b.recv().await);
    let late = broker.publish("sports", "final whistle");
    deliveries.push(("sports", late));

    for (topic, n) in &deliveries {
        println!("published to {:<8} reached {}", topic, n);
    }
    println!("sports_a: {:?}", drain(&mut sports_a));
    println!("sports_b: {:?}", drain(&mut sports_b));
    println!("weather: {:?}", drain(&mut weather));

    let mut names: Vec<_> = broker.topics.keys().cloned().collect();
    names.sort();
    println!("topics: {}", names.join(","));
}
