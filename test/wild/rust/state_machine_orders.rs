// rust by example style: an enum state machine with an impl that consumes self, transitions driven by mpsc events per order
use std::collections::BTreeMap;
use std::fmt;
use tokio::sync::mpsc;

#[derive(Debug, Clone, PartialEq)]
enum State {
    New,
    Paid { amount: u32 },
    Shipped { amount: u32, tracking: String },
    Delivered,
    Cancelled(String),
}

#[derive(Debug, Clone)]
enum Event {
    Pay(u32),
    Ship(String),
    Deliver,
    Cancel(&'static str),
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            State::New => write!(f, "new"),
            State::Paid { amount } => write!(f, "paid ${}.{:02}", amount / 100, amount % 100),
            State::Shipped { tracking, .. } => write!(f, "shipped ({})", tracking),
            State::Delivered => f.write_str("delivered"),
            State::Cancelled(why) => write!(f, "cancelled: {}", why),
        }
    }
}

impl State {
    fn next(self, ev: Event) -> Result<State, (State, String)> {
        match (self, ev) {
            (State::New, Event::Pay(a)) if a > 0 => Ok(State::Paid { amount: a }),
            (State::Paid { amount }, Event::Ship(t)) => Ok(State::Shipped { amount, tracking: t }),
            (State::Shipped { .. }, Event::Deliver) => Ok(State::Delivered),
            (s @ (State::New | State::Paid { .. }), Event::Cancel(why)) => {
                let note = if let State::Paid { amount } = s { format!("{} (refund {})", why, amount) } else { why.to_string() };
                Ok(State::Cancelled(note))
            }
            (s, ev) => {
                let msg = format!("cannot apply {:?} in state {}", ev, s);
                Err((s, msg))
            }
        }
    }

    fn is_final(&self) -> bool {
        matches!(self, State::Delivered | State::Cancelled(_))
    }
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<(u32, Event)>(16);
    let script = vec![
        (1, Event::Pay(1999)), (2, Event::Ship("early".into())), (1, Event::Ship("TRK-1".into())),
        (2, Event::Pay(0)), (3, Event::Pay(500)), (2, Event::Cancel("changed mind")), (3, Event::Cancel("out of stock")),
        (1, Event::Deliver), (1, Event::Cancel("too late")), (4, Event::Deliver),
    ];
    tokio::spawn(async move {
        for item in script {
            tx.send(item).await.unwrap();
        }
    });
    let mut orders: BTreeMap<u32, State> = BTreeMap::new();
    while let Some((id, ev)) = rx.recv().await {
        let cur = orders.remove(&id).unwrap_or(State::New);
        let next = match cur.next(ev) {
            Ok(s) => s,
            Err((s, msg)) => {
                println!("order {}: {}", id, msg);
                s
            }
        };
        println!("order {} -> {}", id, next);
        orders.insert(id, next);
    }
    for (id, s) in &orders {
        println!("final {} {:?} done={}", id, s, s.is_final());
    }
}
