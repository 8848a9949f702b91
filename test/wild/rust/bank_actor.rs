// tokio tutorial style (channels + actors): a bank actor owns accounts, clients talk over mpsc + oneshot
use std::collections::HashMap;
use std::fmt;
use tokio::sync::{mpsc, oneshot};

#[derive(Debug, Clone, PartialEq)]
enum BankError {
    NoSuchAccount(String),
    Insufficient { needed: u64, available: u64 },
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BankError::NoSuchAccount(name) => write!(f, "no account named '{}'", name),
            BankError::Insufficient { needed, available } => {
                write!(f, "insufficient funds: needed {}, available {}", needed, available)
            }
        }
    }
}

enum Msg {
    Open { name: String, initial: u64 },
    Transfer { from: String, to: String, amount: u64, reply: oneshot::Sender<Result<(), BankError>> },
    Balance { name: String, reply: oneshot::Sender<Result<u64, BankError>> },
    Report { reply: oneshot::Sender<Vec<(String, u64)>> },
}

struct Bank {
    accounts: HashMap<String, u64>,
}

impl Bank {
    fn balance(&self, name: &str) -> Result<u64, BankError> {
        self.accounts.get(name).copied().ok_or_else(|| BankError::NoSuchAccount(name.to_string()))
    }

    fn transfer(&mut self, from: &str, to: &str, amount: u64) -> Result<(), BankError> {
        let available = self.balance(from)?;
        self.balance(to)?;
        if available < amount {
            return Err(BankError::Insufficient { needed: amount, available });
        }
        *self.accounts.get_mut(from).unwrap() -= amount;
        *self.accounts.get_mut(to).unwrap() += amount;
        Ok(())
    }

    async fn run(mut self, mut inbox: mpsc::Receiver<Msg>) {
        while let Some(msg) = inbox.recv().await {
            match msg {
                Msg::Open { name, initial } => {
                    self.accounts.insert(name, initial);
                }
                Msg::Transfer { from, to, amount, reply } => {
                    let _ = reply.send(self.transfer(&from, &to, amount));
                }
                Msg::Balance { name, reply } => {
                    let _ = reply.send(self.balance(&name));
                }
                Msg::Report { reply } => {
                    let mut all: Vec<_> = self.accounts.iter().map(|(k, v)| (k.clone(), *v)).collect();
                    all.sort();
                    let _ = reply.send(all);
                }
            }
        }
    }
}

async fn transfer(bank: &mpsc::Sender<Msg>, from: &str, to: &str, amount: u64) -> Result<(), BankError> {
    let (reply, rx) = oneshot::channel();
    if bank.send(Msg::Transfer { from: from.into(), to: to.into(), amount, reply }).await.is_err() {
        panic!("bank actor stopped");
    }
    rx.await.unwrap()
}

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel(16);
    let actor = tokio::spawn(Bank { accounts: HashMap::new() }.run(rx));

    for (name, initial) in [("alice", 100), ("bob", 50), ("carol", 0)] {
        tx.send(Msg::Open { name: name.to_string(), initial }).await.ok().expect("bank open");
    }

    let plan = [("alice", "bob", 30), ("bob", "carol", 100), ("bob", "dave", 1), ("bob", "carol", 80)];
    for (from, to, amount) in plan {
        match transfer(&tx, from, to, amount).await {
            Ok(()) => println!("{} -> {}: {} ok", from, to, amount),
            Err(e) => println!("{} -> {}: {} failed: {}", from, to, amount, e),
        }
    }

    let (reply, rx) = oneshot::channel();
    let _ = tx.send(Msg::Balance { name: "carol".into(), reply }).await;
    println!("carol has {}", rx.await.unwrap().unwrap());

    let (reply, rx) = oneshot::channel();
    let _ = tx.send(Msg::Report { reply }).await;
    let report = rx.await.unwrap();
    let total: u64 = report.iter().map(|(_, b)| b).sum();
    for (name, bal) in &report {
        println!("{:>6}: {:>4}", name, bal);
    }
    println!("total money: {}", total);

    drop(tx);
    actor.await.unwrap();
}
