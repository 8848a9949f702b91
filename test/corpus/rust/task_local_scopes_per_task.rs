// tokio::task_local!: KEY.scope(value, future) lets the future (and the async fns it awaits) see the value through with/try_with/get, nested scopes shadow, two tasks interleaving keep their own values, a spawned task does not inherit it, sync_scope, try_with outside a scope is an AccessError (Display, Debug), with outside panics
use std::time::Duration;

tokio::task_local! {
    static USER: &'static str;
    static DEPTH: u32;
}

async fn greet(step: u32) -> String {
    tokio::time::sleep(Duration::from_millis(10)).await;
    let user = USER.with(|u| u.to_string());
    format!("step {} for {} at depth {}", step, user, DEPTH.get())
}

async fn session(user: &'static str) -> Vec<String> {
    USER.scope(user, async move {
        let mut lines = Vec::new();
        for step in 0..2 {
            lines.push(DEPTH.scope(1, greet(step)).await);
        }
        lines.push(DEPTH.scope(2, async { USER.scope("admin", greet(9)).await }).await);
        let child = tokio::spawn(async { USER.try_with(|u| u.len()).is_err() });
        lines.push(format!("child inherits nothing: {}", child.await.unwrap()));
        lines
    })
    .await
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let alice = tokio::spawn(session("alice"));
    let bob = tokio::spawn(session("bob"));
    for line in alice.await.unwrap().into_iter().chain(bob.await.unwrap()) {
        println!("{}", line);
    }
    let doubled = DEPTH.sync_scope(21, || DEPTH.get() * 2);
    println!("sync_scope: {}", doubled);
    match USER.try_with(|u| u.len()) {
        Ok(n) => println!("unexpected {}", n),
        Err(e) => println!("outside: {} / {:?}", e, e),
    }
    println!("{}", USER.with(|u| u.len()));
}
