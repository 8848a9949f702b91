// enums as values TypeScript would widen: watch::channel(Light::Off) watched by a task, match on a (state, event) tuple returning Result<State, (State, String)>, an async block giving Err::<u32, _>(enum) in try_join!, join! over sleep and async blocks, assert_eq! on Result<char, _>, a closure mapping to ()
use std::time::Duration;
use tokio::sync::{broadcast, watch};

#[derive(Debug, Clone, PartialEq)]
enum Light {
    Off,
    Dimmed { level: u8 },
    On,
}

#[derive(Debug, Clone, Copy)]
enum Press {
    Toggle,
    Dim(u8),
}

fn step(light: Light, press: Press) -> Result<Light, (Light, String)> {
    match (light, press) {
        (Light::Off, Press::Toggle) => Ok(Light::On),
        (Light::On, Press::Toggle) | (Light::Dimmed { .. }, Press::Toggle) => Ok(Light::Off),
        (Light::On, Press::Dim(level)) if level < 100 => Ok(Light::Dimmed { level }),
        (other, press) => {
            let why = format!("{:?} does nothing when {:?}", press, other);
            Err((other, why))
        }
    }
}

#[derive(Debug)]
enum Failure {
    Missing(String),
    TooSlow,
}

async fn fetch(name: &str, ms: u64, found: bool) -> Result<u32, Failure> {
    tokio::time::sleep(Duration::from_millis(ms)).await;
    if found {
        Ok(name.len() as u32)
    } else {
        Err(Failure::Missing(name.to_string()))
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (light_tx, mut light_rx) = watch::channel(Light::Off);
    let watcher = tokio::spawn(async move {
        let mut seen = vec![format!("{:?}", *light_rx.borrow())];
        while light_rx.changed().await.is_ok() {
            let now = light_rx.borrow_and_update().clone();
            seen.push(format!("{:?}", now));
        }
        seen
    });

    let mut light = Light::Off;
    for press in [Press::Toggle, Press::Dim(40), Press::Dim(200), Press::Toggle, Press::Dim(10)] {
        match step(light, press) {
            Ok(next) => light = next,
            Err((kept, why)) => {
                println!("refused: {}", why);
                light = kept;
            }
        }
        light_tx.send(light.clone()).unwrap();
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    light_tx.send_modify(|l| {
        if let Light::Dimmed { level } = l {
            *level += 1;
        }
    });
    drop(light_tx);
    println!("watcher saw {}", watcher.await.unwrap().join(" -> "));

    let found = tokio::try_join!(fetch("one", 10, true), fetch("three", 20, true));
    println!("found {:?}", found);
    let failed = tokio::try_join!(fetch("late", 50, true), async {
        tokio::time::sleep(Duration::from_millis(30)).await;
        Err::<u32, _>(Failure::TooSlow)
    });
    match failed {
        Ok(both) => println!("unexpected {:?}", both),
        Err(Failure::Missing(name)) => println!("missing {}", name),
        Err(e) => println!("first failure {:?}", e),
    }
    if let Err(Failure::Missing(name)) = fetch("gone", 1, false).await {
        println!("{} is missing", name);
    }

    let (done, count, label) = tokio::join!(tokio::time::sleep(Duration::from_millis(3)), async { 2u8 }, async { "ok" });
    println!("joined {:?} {} {}", done, count, label);

    let (tx, mut rx) = broadcast::channel(2);
    tx.send('q').unwrap();
    assert_eq!(rx.try_recv(), Ok('q'));
    drop(tx);
    assert_eq!(rx.try_recv(), Err(broadcast::error::TryRecvError::Closed));
    let unit_or_text: Result<(), String> = Ok::<u8, String>(5).map(|_| ());
    println!("{:?}", unit_or_text);
}
