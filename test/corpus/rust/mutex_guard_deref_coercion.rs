// `&guard` of a std and a tokio `MutexGuard` handed to functions taking `&[T]`, `&str` and `&Vec<T>` (deref coercion), `guard.clone()` cloning the value the guard holds (the guard itself is released at the end of the statement)
use std::sync::{Arc, Mutex};

fn render(cells: &[bool]) -> String {
    cells.iter().map(|&c| if c { '#' } else { '.' }).collect()
}

fn shout(text: &str) -> String {
    format!("{}!", text.to_uppercase())
}

fn total(values: &Vec<u32>) -> u32 {
    values.iter().sum()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cells = Arc::new(Mutex::new(vec![true, false, true, true]));
    println!("{}", render(&cells.lock().unwrap()));

    let name = Mutex::new(String::from("ferris"));
    {
        let guard = name.lock().unwrap();
        println!("{}", shout(&guard));
    }

    let scores = Arc::new(tokio::sync::Mutex::new(vec![3u32, 4, 5]));
    let worker = {
        let scores = scores.clone();
        tokio::spawn(async move {
            let mut guard = scores.lock().await;
            guard.push(6);
            total(&guard)
        })
    };
    println!("total from task: {}", worker.await.unwrap());

    let snapshot = cells.lock().unwrap().clone();
    cells.lock().unwrap()[1] = true;
    println!("snapshot {} now {}", render(&snapshot), render(&cells.lock().unwrap()));
    let copy = scores.lock().await.clone();
    scores.lock().await.clear();
    println!("copy {:?} total {}, left {}", copy, total(&copy), scores.lock().await.len());
}
