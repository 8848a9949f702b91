// `use Enum::*` (at the top and inside `main`) and `use Enum::{A, B}` bring variants into scope: tuple and unit variants built, matched and printed by their bare names, sent over a channel
use tokio::sync::mpsc;

#[derive(Debug, Clone, PartialEq)]
enum Light {
    Red,
    Yellow,
    Green(u32),
}

#[derive(Debug)]
enum Command {
    Move { dx: i32, dy: i32 },
    Say(String),
    Halt,
}

use Light::*;

fn next(light: &Light) -> Light {
    match light {
        Red => Green(30),
        Green(_) => Yellow,
        Yellow => Red,
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut light = Red;
    for _ in 0..4 {
        print!("{:?} -> ", light);
        light = next(&light);
    }
    println!("{:?}", light);
    println!("is red: {}", light == Red);

    use Command::{Halt, Say};
    let (tx, mut rx) = mpsc::channel(4);
    tokio::spawn(async move {
        tx.send(Command::Move { dx: 1, dy: -2 }).await.unwrap();
        tx.send(Say("hello".to_string())).await.unwrap();
        tx.send(Halt).await.unwrap();
    });
    while let Some(cmd) = rx.recv().await {
        match cmd {
            Command::Move { dx, dy } => println!("move by ({}, {})", dx, dy),
            Say(text) => println!("say {:?}", text),
            Halt => {
                println!("halt");
                break;
            }
        }
    }
    let lights = vec![Green(5), Yellow, Red];
    let waits: u32 = lights.iter().map(|l| if let Green(secs) = l { *secs } else { 0 }).sum();
    println!("{:?} wait {}", lights, waits);
}
