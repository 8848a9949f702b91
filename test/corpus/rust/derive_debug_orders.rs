// Structs and enums with #[derive(Debug, Clone, PartialEq, Default)] (including #[default] on an
// enum variant and struct update syntax ..Default::default()) sent over a channel and printed
// with {:?} and {:#?}; f64 and Option fields, == and != on clones, Vec of structs.
use tokio::sync::mpsc;

#[derive(Debug, Clone, PartialEq, Default)]
enum Status {
    #[default]
    Pending,
    Shipped { carrier: String },
    Cancelled(String),
}

#[derive(Debug, Clone, PartialEq, Default)]
struct Line {
    sku: String,
    qty: u32,
    price: f64,
}

#[derive(Debug, Clone, PartialEq, Default)]
struct Order {
    id: u64,
    customer: String,
    lines: Vec<Line>,
    status: Status,
    note: Option<String>,
}

#[tokio::main]
async fn main() {
    let blank = Order::default();
    println!("default: {:?}", blank);
    let (tx, mut rx) = mpsc::channel::<Order>(2);
    let clerk = tokio::spawn(async move {
        let first = Order {
            id: 7,
            customer: "Ada".to_string(),
            lines: vec![Line { sku: "pen".into(), qty: 3, price: 1.5 }, Line { sku: "pad".into(), qty: 1, ..Default::default() }],
            ..Default::default()
        };
        let mut second = first.clone();
        second.id = 8;
        second.status = Status::Shipped { carrier: "post".to_string() };
        second.note = Some("leave at door".to_string());
        let third = Order { id: 9, status: Status::Cancelled("out of stock".into()), ..first.clone() };
        for order in [first, second, third] {
            tx.send(order).await.unwrap();
        }
    });
    let mut orders = Vec::new();
    while let Some(order) = rx.recv().await {
        println!("got {:?}", order);
        orders.push(order);
    }
    clerk.await.unwrap();
    println!("{:#?}", orders[1]);
    println!("first == second: {}", orders[0] == orders[1]);
    let mut copy = orders[0].clone();
    println!("copy == first: {}", copy == orders[0]);
    copy.lines[1].price = 2.0;
    println!("after repricing: copy != first: {}, line {:?}", copy != orders[0], copy.lines[1]);
    let pending: Vec<u64> = orders.iter().filter(|o| o.status == Status::Pending).map(|o| o.id).collect();
    println!("pending ids: {:?}", pending);
    println!("statuses: {:#?}", orders.iter().map(|o| o.status.clone()).collect::<Vec<_>>());
    println!("empty line: {:#?}", Line::default());
}
