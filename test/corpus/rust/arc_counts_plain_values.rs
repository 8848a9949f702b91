// Arc::strong_count counts clones of Arcs of plain values (`()`, integers, strings) as it does for objects; `*a` reads the value.
use std::sync::Arc;

#[tokio::main]
async fn main() {
    let token = Arc::new(());
    let mut handles = Vec::new();
    for _ in 0..3 {
        let held = token.clone();
        handles.push(tokio::spawn(async move {
            let _keep = held;
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    println!("after tasks: {}", Arc::strong_count(&token));

    let limit = Arc::new(40);
    let copy = Arc::clone(&limit);
    println!("{} {} {:?}", *copy + 2, Arc::strong_count(&limit), limit);
    drop(copy);
    println!("{}", Arc::strong_count(&limit));

    let name = Arc::new(String::from("tokio"));
    let other = name.clone();
    println!("{} {} {}", name.len(), other.to_uppercase(), Arc::strong_count(&name));
    assert_eq!(*name, "tokio");
    assert!(name == other);
}
