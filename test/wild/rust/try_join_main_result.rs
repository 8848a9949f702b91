// everyday tokio style: main returns Result and propagates a try_join! failure with ? (exit 1)
use tokio::task::JoinHandle;

async fn parse_all(inputs: Vec<&'static str>) -> Result<Vec<i32>, String> {
    inputs
        .into_iter()
        .map(|s| s.parse::<i32>().map_err(|e| format!("bad input {:?}: {}", s, e)))
        .collect()
}

#[tokio::main]
async fn main() -> Result<(), String> {
    let a: JoinHandle<Result<Vec<i32>, String>> = tokio::spawn(parse_all(vec!["1", "2", "3"]));
    let nums = a.await.map_err(|e| e.to_string())??;
    println!("parsed {:?}, sum {}", nums, nums.iter().sum::<i32>());

    let (x, y) = tokio::try_join!(parse_all(vec!["10", "20"]), parse_all(vec!["4", "five"]))?;
    println!("unreachable {:?} {:?}", x, y);
    Ok(())
}
