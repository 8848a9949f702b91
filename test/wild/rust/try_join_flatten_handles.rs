// tokio docs style (try_join!): a flatten helper turns JoinHandle<Result<T, E>> into Result<T, String> so try_join! can await spawned tasks
use std::time::Duration;
use tokio::task::JoinHandle;
use tokio::time::sleep;

async fn flatten<T>(handle: JoinHandle<Result<T, String>>) -> Result<T, String> {
    match handle.await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(e),
        Err(join_err) if join_err.is_panic() => Err("task panicked".to_string()),
        Err(_) => Err("task cancelled".to_string()),
    }
}

async fn parse_port(s: &'static str, delay: u64) -> Result<u16, String> {
    sleep(Duration::from_millis(delay)).await;
    s.parse::<u16>().map_err(|e| format!("bad port {:?}: {}", s, e))
}

async fn lookup_host(name: &'static str, delay: u64) -> Result<String, String> {
    sleep(Duration::from_millis(delay)).await;
    if name.ends_with(".local") {
        Ok(format!("{} -> 10.0.0.{}", name, name.len()))
    } else {
        Err(format!("no such host: {}", name))
    }
}

async fn connect(host: &'static str, port: &'static str) -> Result<String, String> {
    let h1 = tokio::spawn(lookup_host(host, 30));
    let h2 = tokio::spawn(parse_port(port, 10));
    let h3: JoinHandle<Result<u32, String>> = tokio::spawn(async {
        sleep(Duration::from_millis(20)).await;
        Ok(3)
    });
    let (addr, port, retries) = tokio::try_join!(flatten(h1), flatten(h2), flatten(h3))?;
    Ok(format!("{}:{} (retries {})", addr, port, retries))
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let cases = [
        ("db.local", "5432"),
        ("db.local", "99999"),
        ("db.example", "80"),
        ("db.example", "eighty"),
    ];
    for (host, port) in cases {
        match connect(host, port).await {
            Ok(s) => println!("ok:  {}", s),
            Err(e) => println!("err: {}", e),
        }
    }
    let boom: JoinHandle<Result<u8, String>> = tokio::spawn(async {
        if true {
            panic!("worker exploded");
        }
        Ok(1)
    });
    let calm: JoinHandle<Result<u8, String>> = tokio::spawn(async {
        sleep(Duration::from_secs(60)).await;
        Ok(2)
    });
    let res = tokio::try_join!(flatten(boom), flatten(calm));
    println!("with a panicking task: {:?}", res);
}
