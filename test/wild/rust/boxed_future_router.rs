// rust by example + tokio style: a router maps paths to boxed async handlers (Box<dyn Fn(..) -> Pin<Box<dyn Future>>>), requests dispatched from spawned clients over mpsc
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};

type Reply = Result<String, (u16, String)>;
type BoxFut = Pin<Box<dyn Future<Output = Reply> + Send>>;
type Handler = Box<dyn Fn(Vec<String>) -> BoxFut + Send + Sync>;

struct Router {
    routes: HashMap<&'static str, Handler>,
}

impl Router {
    fn new() -> Self {
        Router { routes: HashMap::new() }
    }
    fn route<F, Fut>(mut self, path: &'static str, f: F) -> Self
    where
        F: Fn(Vec<String>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Reply> + Send + 'static,
    {
        self.routes.insert(path, Box::new(move |args| Box::pin(f(args))));
        self
    }
    async fn dispatch(&self, request: &str) -> Reply {
        let mut parts = request.trim_start_matches('/').split('/');
        let head = parts.next().unwrap_or("");
        let args: Vec<String> = parts.map(String::from).collect();
        match self.routes.get(head) {
            Some(h) => h(args).await,
            None => Err((404, format!("no route for /{}", head))),
        }
    }
}

async fn add(args: Vec<String>) -> Reply {
    let nums: Result<Vec<i64>, _> = args.iter().map(|a| a.parse::<i64>()).collect();
    let nums = nums.map_err(|e| (400, e.to_string()))?;
    Ok(nums.iter().sum::<i64>().to_string())
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let router = Arc::new(
        Router::new()
            .route("echo", |args: Vec<String>| async move { Ok(args.join(" ")) })
            .route("add", add)
            .route("slow", |args: Vec<String>| async move {
                let ms: u64 = args.first().and_then(|s| s.parse().ok()).unwrap_or(10);
                tokio::time::sleep(Duration::from_millis(ms)).await;
                Ok(format!("slept {}ms", ms))
            })
            .route("upper", |args: Vec<String>| async move {
                args.first().map(|s| s.to_uppercase()).ok_or((422, "missing word".to_string()))
            }),
    );
    let (tx, mut rx) = mpsc::channel::<(usize, String, oneshot::Sender<Reply>)>(4);
    let server = {
        let router = router.clone();
        tokio::spawn(async move {
            let mut served = 0;
            while let Some((id, req, reply)) = rx.recv().await {
                let router = router.clone();
                served += 1;
                tokio::spawn(async move {
                    let r = router.dispatch(&req).await;
                    let _ = reply.send(r);
                    id
                });
            }
            served
        })
    };
    let requests = ["/echo/hello/world", "/add/1/2/39", "/slow/50", "/add/1/x", "/upper/rust", "/upper", "/missing/a", "/slow/5"];
    let mut waits = Vec::new();
    for (id, r) in requests.iter().enumerate() {
        let (otx, orx) = oneshot::channel();
        tx.send((id, r.to_string(), otx)).await.unwrap();
        waits.push((id, *r, orx));
    }
    drop(tx);
    for (id, req, orx) in waits {
        match orx.await.unwrap() {
            Ok(body) => println!("#{} {:<20} 200 {}", id, req, body),
            Err((code, msg)) => println!("#{} {:<20} {} {}", id, req, code, msg),
        }
    }
    println!("server handled {} requests", server.await.unwrap());
    let mut paths: Vec<_> = router.routes.keys().collect();
    paths.sort();
    println!("routes: {:?}", paths);
}
