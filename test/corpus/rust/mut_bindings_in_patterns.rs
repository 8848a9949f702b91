// `mut` bindings in select!, match, if let, while let and for patterns can be reassigned in their bodies.
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<String>(4);
    tx.send("a".to_string()).await.unwrap();
    tokio::select! {
        Some(mut s) = rx.recv() => {
            s.push('b');
            s = format!("{}c", s);
            println!("select: {}", s);
        }
    }
    match Some(1) {
        Some(mut n) => {
            n += 10;
            println!("match: {}", n);
        }
        None => {}
    }
    if let Some(mut n) = Some(2) {
        n *= 3;
        println!("if let: {}", n);
    }
    let mut stack = vec![1, 2];
    while let Some(mut top) = stack.pop() {
        top -= 1;
        println!("while let: {}", top);
    }
    for mut i in 0..2 {
        i += 100;
        println!("for: {}", i);
    }
}
