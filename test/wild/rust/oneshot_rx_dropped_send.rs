// tokio docs style: Sender::send returns the value back when the receiver is gone
use tokio::sync::oneshot;

#[derive(Debug, PartialEq)]
struct Ticket {
    id: u32,
    seat: &'static str,
}

#[tokio::main]
async fn main() {
    let (tx, rx) = oneshot::channel::<Ticket>();
    drop(rx);

    let handle = tokio::spawn(async move {
        match tx.send(Ticket { id: 17, seat: "C4" }) {
            Ok(()) => None,
            Err(returned) => Some(returned),
        }
    });

    let unsent = handle.await.unwrap();
    assert_eq!(unsent, Some(Ticket { id: 17, seat: "C4" }));
    let t = unsent.unwrap();
    println!("ticket {} for seat {} was returned", t.id, t.seat);
}
