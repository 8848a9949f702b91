// The manager-task pattern: one task owns the stock of a shop (a BTreeMap) and serves a command
// enum whose variants carry oneshot responders; clients in other tasks await each reply; the
// manager stops on a Shutdown command and reports through the responder it carries.
use std::collections::BTreeMap;
use tokio::sync::{mpsc, oneshot};

type Responder<T> = oneshot::Sender<T>;

#[derive(Debug)]
enum Command {
    Restock { item: &'static str, count: u32, done: Responder<u32> },
    Take { item: &'static str, count: u32, done: Responder<Result<u32, String>> },
    Shutdown { report: Responder<Vec<(String, u32)>> },
}

async fn shopkeeper(mut inbox: mpsc::Receiver<Command>) {
    let mut stock: BTreeMap<String, u32> = BTreeMap::new();
    while let Some(command) = inbox.recv().await {
        match command {
            Command::Restock { item, count, done } => {
                let level = stock.entry(item.to_string()).or_insert(0);
                *level += count;
                let _ = done.send(*level);
            }
            Command::Take { item, count, done } => {
                let answer = match stock.get_mut(item) {
                    Some(level) if *level >= count => {
                        *level -= count;
                        Ok(*level)
                    }
                    Some(level) => Err(format!("only {} {} left", level, item)),
                    None => Err(format!("no {} at all", item)),
                };
                let _ = done.send(answer);
            }
            Command::Shutdown { report } => {
                let _ = report.send(stock.into_iter().collect());
                return;
            }
        }
    }
}

#[tokio::main]
async fn main() {
    let (shop, inbox) = mpsc::channel(4);
    let keeper = tokio::spawn(shopkeeper(inbox));

    let supplier = shop.clone();
    let delivered = tokio::spawn(async move {
        let mut levels = Vec::new();
        for (item, count) in [("pens", 10), ("ink", 2), ("pens", 5)] {
            let (done, reply) = oneshot::channel();
            supplier.send(Command::Restock { item, count, done }).await.unwrap();
            levels.push(reply.await.unwrap());
        }
        levels
    })
    .await
    .unwrap();
    println!("stock levels after each delivery: {:?}", delivered);

    for (item, count) in [("pens", 12), ("ink", 3), ("paper", 1), ("pens", 3)] {
        let (done, reply) = oneshot::channel();
        shop.send(Command::Take { item, count, done }).await.unwrap();
        match reply.await.expect("the shopkeeper always answers") {
            Ok(left) => println!("took {} {}, {} left", count, item, left),
            Err(why) => println!("cannot take {} {}: {}", count, item, why),
        }
    }

    let (report, final_stock) = oneshot::channel();
    shop.send(Command::Shutdown { report }).await.unwrap();
    println!("final stock: {:?}", final_stock.await.unwrap());
    keeper.await.unwrap();
    let (done, reply) = oneshot::channel();
    let refused = shop.send(Command::Restock { item: "late", count: 1, done }).await;
    println!("send after shutdown failed: {}", refused.is_err());
    // The error gives the command back, responder and all: it lives until the error is dropped.
    drop(refused);
    println!("responder dropped with the refused command: {:?}", reply.await);
}
