// everyday tokio style: a ledger actor keeps u32 balances with checked_add/checked_sub; a deposit that would overflow hits .expect() and panics the actor, main unwraps the JoinHandle (exit 101)
use std::collections::BTreeMap;
use tokio::sync::{mpsc, oneshot};

#[derive(Debug)]
enum Op {
    Deposit(&'static str, u32),
    Withdraw(&'static str, u32),
    Balance(&'static str, oneshot::Sender<u32>),
}

async fn ledger(mut rx: mpsc::Receiver<Op>) -> BTreeMap<&'static str, u32> {
    let mut accounts: BTreeMap<&'static str, u32> = BTreeMap::new();
    while let Some(op) = rx.recv().await {
        match op {
            Op::Deposit(who, amt) => {
                let bal = accounts.entry(who).or_insert(0);
                *bal = bal.checked_add(amt).expect("balance overflow");
                println!("deposit  {:<6} {:>10} -> {:>10}", who, amt, bal);
            }
            Op::Withdraw(who, amt) => {
                let bal = accounts.entry(who).or_insert(0);
                match bal.checked_sub(amt) {
                    Some(v) => {
                        *bal = v;
                        println!("withdraw {:<6} {:>10} -> {:>10}", who, amt, v);
                    }
                    None => println!("withdraw {:<6} {:>10} refused (balance {})", who, amt, bal),
                }
            }
            Op::Balance(who, reply) => {
                let _ = reply.send(accounts.get(who).copied().unwrap_or_default());
            }
        }
    }
    accounts
}

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel(4);
    let actor = tokio::spawn(ledger(rx));
    let ops = vec![
        Op::Deposit("alice", 1_500),
        Op::Withdraw("alice", 2_000),
        Op::Deposit("bob", u32::MAX - 10),
        Op::Withdraw("alice", 500),
    ];
    for op in ops {
        tx.send(op).await.unwrap();
    }
    let (rtx, rrx) = oneshot::channel();
    tx.send(Op::Balance("bob", rtx)).await.unwrap();
    println!("bob has {} (max {}), headroom {}", rrx.await.unwrap(), u32::MAX, u32::MAX - (u32::MAX - 10));
    println!("wrapping preview: {}", (u32::MAX - 10).wrapping_add(25));
    tx.send(Op::Deposit("bob", 25)).await.unwrap();
    let _ = tx.send(Op::Deposit("carol", 1)).await;
    drop(tx);
    let accounts = actor.await.unwrap();
    println!("final: {:?}", accounts);
}
