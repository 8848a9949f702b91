// A task's panic payload keeps its type: panic!("literal") leaves a &str, a formatted panic! a String, std::panic::panic_any any value; JoinError::into_panic / try_into_panic hand it back for downcast_ref::<T>() and is::<T>().
use std::any::Any;
use std::time::Duration;

fn describe(payload: &Box<dyn Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        format!("&str {:?}", s)
    } else if let Some(s) = payload.downcast_ref::<String>() {
        format!("String {:?}", s)
    } else if let Some(n) = payload.downcast_ref::<u32>() {
        format!("u32 {}", n)
    } else {
        format!("other (is u64: {})", payload.is::<u64>())
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut handles = Vec::new();
    for kind in 0..5u32 {
        handles.push(tokio::spawn(async move {
            match kind {
                0 => panic!("plain words"),
                1 => panic!("formatted {}", kind * 100),
                2 => std::panic::panic_any(7u32),
                3 => std::panic::panic_any(String::from("owned")),
                _ => std::panic::panic_any(1.5f64),
            }
        }));
    }
    for (i, h) in handles.into_iter().enumerate() {
        let err = h.await.unwrap_err();
        let payload = err.into_panic();
        println!("task {}: {}", i, describe(&payload));
    }
    let sleeper = tokio::spawn(async { tokio::time::sleep(Duration::from_secs(60)).await });
    sleeper.abort();
    match sleeper.await.unwrap_err().try_into_panic() {
        Ok(_) => println!("aborted task panicked?"),
        Err(e) => println!("aborted task: cancelled {}", e.is_cancelled()),
    }
}
