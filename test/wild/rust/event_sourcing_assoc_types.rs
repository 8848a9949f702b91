// rust book ch.19 style (associated types) + tokio: a generic Aggregate trait with associated Event/Error types, events streamed over mpsc and replayed into two aggregates
use std::fmt::{self, Debug, Display};
use tokio::sync::mpsc;

trait Aggregate: Default + Debug {
    type Event: Debug + Clone + Send + 'static;
    type Error: Display;
    fn apply(&mut self, event: &Self::Event) -> Result<(), Self::Error>;
    fn name() -> &'static str;
}

#[derive(Debug, Default)]
struct Account {
    balance: i64,
    frozen: bool,
    history: usize,
}

#[derive(Debug, Clone)]
enum AccountEvent {
    Deposited(i64),
    Withdrawn(i64),
    Frozen,
}

#[derive(Debug)]
enum AccountError {
    Insufficient { need: i64, have: i64 },
    Frozen,
}

impl Display for AccountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AccountError::Insufficient { need, have } => write!(f, "insufficient funds: need {}, have {}", need, have),
            AccountError::Frozen => write!(f, "account is frozen"),
        }
    }
}

impl Aggregate for Account {
    type Event = AccountEvent;
    type Error = AccountError;
    fn apply(&mut self, event: &AccountEvent) -> Result<(), AccountError> {
        if self.frozen {
            return Err(AccountError::Frozen);
        }
        match *event {
            AccountEvent::Deposited(n) => self.balance += n,
            AccountEvent::Withdrawn(n) if n > self.balance => {
                return Err(AccountError::Insufficient { need: n, have: self.balance })
            }
            AccountEvent::Withdrawn(n) => self.balance -= n,
            AccountEvent::Frozen => self.frozen = true,
        }
        self.history += 1;
        Ok(())
    }
    fn name() -> &'static str {
        "account"
    }
}

#[derive(Debug, Default)]
struct Cart {
    items: Vec<(String, u32)>,
}

#[derive(Debug, Clone)]
enum CartEvent {
    Added(String, u32),
    Removed(String),
}

impl Aggregate for Cart {
    type Event = CartEvent;
    type Error = String;
    fn apply(&mut self, event: &CartEvent) -> Result<(), String> {
        match event {
            CartEvent::Added(item, qty) => match self.items.iter_mut().find(|(i, _)| i == item) {
                Some((_, q)) => *q += qty,
                None => self.items.push((item.clone(), *qty)),
            },
            CartEvent::Removed(item) => {
                let before = self.items.len();
                self.items.retain(|(i, _)| i != item);
                if self.items.len() == before {
                    return Err(format!("{} not in cart", item));
                }
            }
        }
        Ok(())
    }
    fn name() -> &'static str {
        "cart"
    }
}

async fn replay<A: Aggregate>(mut rx: mpsc::Receiver<A::Event>) -> (A, Vec<String>) {
    let mut agg = A::default();
    let mut errors = Vec::new();
    let mut n = 0;
    while let Some(ev) = rx.recv().await {
        n += 1;
        if let Err(e) = agg.apply(&ev) {
            errors.push(format!("{} event {} {:?}: {}", A::name(), n, ev, e));
        }
    }
    (agg, errors)
}

fn stream<E: Send + 'static>(events: Vec<E>) -> mpsc::Receiver<E> {
    let (tx, rx) = mpsc::channel(2);
    tokio::spawn(async move {
        for e in events {
            if tx.send(e).await.is_err() {
                break;
            }
        }
    });
    rx
}

#[tokio::main]
async fn main() {
    use AccountEvent::*;
    let acc_rx = stream(vec![Deposited(100), Withdrawn(30), Withdrawn(500), Deposited(5), Frozen, Deposited(1)]);
    let cart_rx = stream(vec![
        CartEvent::Added("apple".into(), 3),
        CartEvent::Added("pear".into(), 1),
        CartEvent::Added("apple".into(), 2),
        CartEvent::Removed("kiwi".into()),
        CartEvent::Removed("pear".into()),
    ]);
    let (acc, cart) = tokio::join!(replay::<Account>(acc_rx), replay::<Cart>(cart_rx));
    let (account, acc_errors) = acc;
    let (cart, cart_errors) = cart;
    println!("{:?}", account);
    println!("{:?}", cart);
    for e in acc_errors.iter().chain(cart_errors.iter()) {
        println!("error: {}", e);
    }
    println!("{:#?}", cart.items);
}
