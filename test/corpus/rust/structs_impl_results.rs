// Structs with impl blocks (constructor, &self and &mut self methods), a custom error enum,
// functions returning Result and using `?`, map, unwrap_or, unwrap_or_else, and match on Result.
#[derive(Debug, Clone)]
struct Account {
    owner: String,
    balance: u64,
    history: Vec<i64>,
}

#[derive(Debug)]
enum BankError {
    Insufficient { needed: u64, available: u64 },
    Frozen(String),
}

impl Account {
    fn new(owner: &str, opening: u64) -> Self {
        Account { owner: owner.to_string(), balance: opening, history: vec![opening as i64] }
    }

    fn deposit(&mut self, amount: u64) {
        self.balance += amount;
        self.history.push(amount as i64);
    }

    fn withdraw(&mut self, amount: u64) -> Result<u64, BankError> {
        if self.owner == "mallory" {
            return Err(BankError::Frozen(self.owner.clone()));
        }
        if amount > self.balance {
            return Err(BankError::Insufficient { needed: amount, available: self.balance });
        }
        self.balance -= amount;
        self.history.push(-(amount as i64));
        Ok(self.balance)
    }

    fn summary(&self) -> String {
        format!("{}: {} after {} moves", self.owner, self.balance, self.history.len())
    }
}

fn transfer(from: &mut Account, to: &mut Account, amount: u64) -> Result<(u64, u64), BankError> {
    let left = from.withdraw(amount)?;
    to.deposit(amount);
    Ok((left, to.balance))
}

fn main() {
    let mut alice = Account::new("alice", 100);
    let mut bob = Account::new("bob", 20);
    let mut mallory = Account::new("mallory", 1000);

    println!("{:?}", transfer(&mut alice, &mut bob, 30));
    println!("{:?}", transfer(&mut bob, &mut alice, 80));
    println!("{:?}", transfer(&mut mallory, &mut bob, 1));

    match transfer(&mut bob, &mut alice, 50) {
        Ok((left, got)) => println!("bob has {} left, alice now {}", left, got),
        Err(BankError::Insufficient { needed, available }) => println!("short by {}", needed - available),
        Err(e) => println!("other error {:?}", e),
    }
    let attempt = alice.withdraw(500).map(|left| left * 2).unwrap_or(0);
    println!("attempt gives {}", attempt);
    let fallback = mallory.withdraw(5).unwrap_or_else(|e| match e {
        BankError::Frozen(who) => who.len() as u64,
        _ => 0,
    });
    println!("fallback {}", fallback);
    for acct in [&alice, &bob, &mallory] {
        println!("{}", acct.summary());
    }
    let snapshot = alice.clone();
    alice.deposit(1);
    println!("{:?} vs {}", snapshot.history, alice.history.len());
}
