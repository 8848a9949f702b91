// watch: Sender::subscribe sees the current value, Ref::has_changed after borrow and borrow_and_update, same_channel.
use tokio::sync::watch;

#[tokio::main]
async fn main() {
    let (tx, rx) = watch::channel(0);
    tx.send(5).unwrap();
    let mut late = tx.subscribe();
    println!("late sees {}", *late.borrow());
    assert!(!late.borrow().has_changed());

    tx.send(6).unwrap();
    assert!(late.borrow().has_changed());
    let seen = late.borrow_and_update();
    println!("{} changed={}", *seen, seen.has_changed());
    drop(seen);
    assert!(!late.borrow().has_changed());

    let copy = rx.clone();
    let (_other_tx, other) = watch::channel(0);
    println!("same: {} {} {}", rx.same_channel(&copy), rx.same_channel(&late), rx.same_channel(&other));
}
