// tokio tests style (task_abort): aborting a task drops its locals (a Drop guard reports over a channel); abort after completion and before first poll
use std::sync::mpsc as std_mpsc;
use std::time::Duration;
use tokio::time::sleep;

struct Guard {
    name: &'static str,
    log: std_mpsc::Sender<String>,
}

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.log.send(format!("drop {}", self.name));
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (log, events) = std_mpsc::channel::<String>();

    let l = log.clone();
    let sleeper = tokio::spawn(async move {
        let _g = Guard { name: "sleeper", log: l.clone() };
        l.send("sleeper started".into()).unwrap();
        sleep(Duration::from_secs(3600)).await;
        l.send("sleeper woke (should not happen)".into()).unwrap();
    });
    sleep(Duration::from_millis(5)).await;
    sleeper.abort();
    let r = sleeper.await;
    println!("sleeper: cancelled={}", r.as_ref().err().map(|e| e.is_cancelled()).unwrap_or(false));

    let l = log.clone();
    let quick = tokio::spawn(async move {
        let _g = Guard { name: "quick", log: l };
        7 * 6
    });
    sleep(Duration::from_millis(1)).await;
    println!("quick finished: {}", quick.is_finished());
    quick.abort();
    println!("quick after abort: {:?}", quick.await.ok());

    let l = log.clone();
    let guard = Guard { name: "never polled", log: l.clone() };
    let unpolled = tokio::spawn(async move {
        let _g = guard;
        l.send("unpolled body ran (should not happen)".into()).unwrap();
    });
    unpolled.abort();
    let err = unpolled.await.unwrap_err();
    println!("unpolled: is_cancelled={} is_panic={}", err.is_cancelled(), err.is_panic());

    let l = log.clone();
    let nested = tokio::spawn(async move {
        let _outer = Guard { name: "outer", log: l.clone() };
        let inner_log = l.clone();
        let inner = tokio::spawn(async move {
            let _inner = Guard { name: "inner (detached)", log: inner_log };
            sleep(Duration::from_millis(50)).await;
        });
        sleep(Duration::from_secs(10)).await;
        inner.await.unwrap();
    });
    sleep(Duration::from_millis(10)).await;
    nested.abort();
    let _ = nested.await;
    sleep(Duration::from_millis(100)).await;

    drop(log);
    for (i, e) in events.iter().enumerate() {
        println!("{:>2}: {}", i + 1, e);
    }
}
