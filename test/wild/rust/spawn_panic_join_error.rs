// tokio tests style: a panicking task surfaces as JoinError::is_panic, main carries on
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let bad = tokio::spawn(async {
        let v: Vec<i32> = Vec::new();
        if v.is_empty() {
            panic!("no values to average");
        }
        v.iter().sum::<i32>() / v.len() as i32
    });

    let err = bad.await.unwrap_err();
    println!("is_panic: {}, is_cancelled: {}", err.is_panic(), err.is_cancelled());
    let payload = err.into_panic();
    let msg = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    println!("panic message: {}", msg);

    let good = tokio::spawn(async { [3, 4, 5].iter().sum::<i32>() / 3 });
    println!("good average: {}", good.await.unwrap());
}
