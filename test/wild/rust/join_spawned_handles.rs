// tokio docs style: tokio::join! on JoinHandles, each yielding Result<T, JoinError>
use tokio::task::JoinHandle;

fn word_stats(text: &'static str) -> JoinHandle<(usize, usize)> {
    tokio::spawn(async move {
        let words = text.split_whitespace().count();
        let longest = text.split_whitespace().map(|w| w.len()).max().unwrap_or(0);
        (words, longest)
    })
}

#[tokio::main]
async fn main() {
    let a = word_stats("channels carry values between tasks");
    let b = word_stats("a mutex guards shared state");
    let c: JoinHandle<(usize, usize)> = tokio::spawn(async { panic!("stats service crashed") });

    let (ra, rb, rc) = tokio::join!(a, b, c);
    println!("a: {:?}", ra.unwrap());
    println!("b: {:?}", rb.unwrap());
    match rc {
        Ok(v) => println!("c: {:?}", v),
        Err(e) => println!("c failed, panic = {}", e.is_panic()),
    }
}
