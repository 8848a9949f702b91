// main returning Result: an Err propagated with ? prints `Error: {:?}` on stderr and exits 1.
async fn checked_sum(values: Vec<&'static str>) -> Result<i32, String> {
    let mut total = 0;
    for v in values {
        total += v.parse::<i32>().map_err(|e| format!("bad number {:?}: {}", v, e))?;
    }
    Ok(total)
}

#[tokio::main]
async fn main() -> Result<(), String> {
    let handle = tokio::spawn(checked_sum(vec!["1", "2"]));
    let first = handle.await.map_err(|e| e.to_string())??;
    println!("first sum {}", first);
    let (x, y) = tokio::try_join!(checked_sum(vec!["10"]), checked_sum(vec!["4", "five"]))?;
    println!("unreachable {} {}", x, y);
    Ok(())
}
