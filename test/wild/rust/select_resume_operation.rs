// tokio tutorial style: resuming an async operation, Fuse-like restart with .set() and a done flag
use tokio::sync::mpsc;

async fn action(input: Option<i32>) -> Option<String> {
    let i = input?;
    Some(format!("processed {}", i))
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<i32>(128);

    tokio::spawn(async move {
        for v in [1, 3, 6, 2, 8, 5] {
            tx.send(v).await.unwrap();
        }
    });

    let operation = action(None);
    tokio::pin!(operation);
    let mut done = false;
    let mut results = Vec::new();

    // operation(None) finishes immediately with None, which sets done
    loop {
        tokio::select! {
            res = &mut operation, if !done => {
                done = true;
                if let Some(r) = res {
                    results.push(r);
                }
            }
            Some(v) = rx.recv() => {
                if v % 2 == 0 {
                    operation.set(action(Some(v)));
                    done = false;
                }
            }
            else => break,
        }
    }
    // depending on timing an even value may be replaced before it completes,
    // so only print what is fixed: the last even value is always processed
    println!("last: {:?}", results.last());
    println!("count >= 1: {}", !results.is_empty());
}
