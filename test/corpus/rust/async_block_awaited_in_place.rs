// An async block awaited where it is written (`async { .. }.await`), stored then awaited, and inside an expression.
#[tokio::main]
async fn main() {
    let v = async { 1 }.await + 1;
    let base = 10;
    let later = async move { base * v };
    let w = later.await;
    let sum = async { w }.await + async { 5 }.await;
    println!("{} {} {}", v, w, sum);
}
