// A bank-account actor whose commands answer Result<u64, BankError>: a struct with impl methods
// that use `?`, async helper fns that chain requests with `?`, a Display impl for the error
// enum, and match on the error variants in main.
use std::collections::BTreeMap;
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
            BankError::NoSuchAccount(name) => write!(f, "no account named {}", name),
            BankError::Insufficient { needed, available } => write!(f, "needed {} but only {} available", needed, available),
        }
    }
}

#[derive(Debug)]
enum Op { Deposit(u64), Withdraw(u64) }
struct Bank { accounts: BTreeMap<String, u64> }

impl Bank {
    fn balance_mut(&mut self, name: &str) -> Result<&mut u64, BankError> {
        self.accounts.get_mut(name).ok_or_else(|| BankError::NoSuchAccount(name.to_string()))
    }
    fn apply(&mut self, name: &str, op: Op) -> Result<u64, BankError> {
        let balance = self.balance_mut(name)?;
        match op {
            Op::Deposit(amount) => *balance += amount,
            Op::Withdraw(amount) if amount > *balance => return Err(BankError::Insufficient { needed: amount, available: *balance }),
            Op::Withdraw(amount) => *balance -= amount,
        }
        Ok(*balance)
    }
}

type Request = (String, Op, oneshot::Sender<Result<u64, BankError>>);

async fn call(bank: &mpsc::Sender<Request>, name: &str, op: Op) -> Result<u64, BankError> {
    let (reply, answer) = oneshot::channel();
    bank.send((name.to_string(), op, reply)).await.expect("bank open");
    answer.await.expect("bank answers")
}

async fn transfer(bank: &mpsc::Sender<Request>, from: &str, to: &str, amount: u64) -> Result<(u64, u64), BankError> {
    call(bank, to, Op::Deposit(0)).await?;
    let left = call(bank, from, Op::Withdraw(amount)).await?;
    let now = call(bank, to, Op::Deposit(amount)).await?;
    Ok((left, now))
}

#[tokio::main]
async fn main() {
    let (bank, mut requests) = mpsc::channel::<Request>(4);
    let teller = tokio::spawn(async move {
        let mut state = Bank { accounts: BTreeMap::new() };
        state.accounts.insert("ann".to_string(), 100);
        state.accounts.insert("ben".to_string(), 20);
        while let Some((name, op, reply)) = requests.recv().await {
            let _ = reply.send(state.apply(&name, op));
        }
        state.accounts
    });
    for (from, to, amount) in [("ann", "ben", 30), ("ben", "ann", 80), ("ann", "zoe", 5), ("ben", "ann", 50)] {
        match transfer(&bank, from, to, amount).await {
            Ok((left, now)) => println!("{} -> {} {}: ok, {} left, {} now has {}", from, to, amount, left, to, now),
            Err(BankError::Insufficient { needed, .. }) if needed > 60 => println!("{} -> {}: way too much ({})", from, to, needed),
            Err(e) => println!("{} -> {} {}: failed: {} / {:?}", from, to, amount, e, e),
        }
    }
    println!("ann withdraws 500: {:?}", call(&bank, "ann", Op::Withdraw(500)).await);
    drop(bank);
    println!("final: {:?}", teller.await.unwrap());
}
