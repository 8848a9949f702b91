// tokio docs style: try_join! returns the first error and drops the other branches
use std::fmt;
use tokio::time::{sleep, Duration};

#[derive(Debug)]
enum FetchError {
    NotFound(String),
    Timeout,
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::NotFound(what) => write!(f, "{} not found", what),
            FetchError::Timeout => write!(f, "timed out"),
        }
    }
}

async fn get(name: &str, ms: u64, ok: bool) -> Result<usize, FetchError> {
    sleep(Duration::from_millis(ms)).await;
    if ok {
        Ok(name.len())
    } else {
        Err(FetchError::NotFound(name.to_string()))
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let good = tokio::try_join!(get("alpha", 10, true), get("beta", 20, true));
    println!("good: {:?}", good);

    let bad = tokio::try_join!(
        get("gamma", 50, true),
        get("delta", 10, false),
        async {
            sleep(Duration::from_millis(30)).await;
            Err::<usize, _>(FetchError::Timeout)
        }
    );
    match bad {
        Ok(v) => println!("unexpected {:?}", v),
        Err(e) => println!("bad: {}", e),
    }
}
