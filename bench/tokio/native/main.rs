//! Native Tokio for the runtime-tokio bench suite (bench/tokio): the same scenarios as
//! bench/tokio/chan2ts.ts, written as a Tokio user writes them (`.await` on every send and
//! receive, `tokio::spawn`, senders dropped at the end of their task).
//!
//!     main --flavor current_thread|multi_thread --scenarios ID[,ID...] --n N [--warmup-n W] [--runs R]
//!
//! `--flavor` picks the runtime: `#[tokio::main(flavor = "current_thread")]` or the default
//! `#[tokio::main]` (multi_thread, one worker per CPU). Each scenario runs twice with W messages
//! (warm-up), then R timed runs with N; the timer starts before the channels are created and
//! stops when main has received everything (the runtime's start is not timed). Prints one JSON
//! document on stdout: {"results":[{"suite","scenario","impl","opsPerSec","n","runs"}]}, the
//! figure being the median of the R runs. A wrong checksum exits 1.
use std::time::Instant;
use tokio::sync::{broadcast, mpsc, oneshot};

const SUITE: &str = "runtime-tokio";
const CAPACITY: usize = 128;
const PRODUCERS: u64 = 100;
const RECEIVERS: u64 = 4;

/// 0 + 1 + ... + (n - 1): what receiving every value sent once gives.
fn triangle(n: u64) -> u64 {
    n * (n.saturating_sub(1)) / 2
}

/// Producer task sends 0..n into a bounded channel; main receives until every sender is gone.
async fn mpsc_bounded_spsc(n: u64) -> u64 {
    let (tx, mut rx) = mpsc::channel::<u64>(CAPACITY);
    tokio::spawn(async move {
        for i in 0..n {
            tx.send(i).await.unwrap();
        }
    });
    let mut sum = 0;
    while let Some(v) = rx.recv().await {
        sum += v;
    }
    sum
}

async fn mpsc_unbounded_spsc(n: u64) -> u64 {
    let (tx, mut rx) = mpsc::unbounded_channel::<u64>();
    tokio::spawn(async move {
        for i in 0..n {
            tx.send(i).unwrap();
        }
    });
    let mut sum = 0;
    while let Some(v) = rx.recv().await {
        sum += v;
    }
    sum
}

/// PRODUCERS tasks, each with its own clone of the sender, n / PRODUCERS values each.
async fn mpsc_fanin(n: u64) -> u64 {
    let (tx, mut rx) = mpsc::channel::<u64>(CAPACITY);
    let per = n / PRODUCERS;
    for p in 0..PRODUCERS {
        let tx = tx.clone();
        tokio::spawn(async move {
            for i in p * per..(p + 1) * per {
                tx.send(i).await.unwrap();
            }
        });
    }
    drop(tx);
    let mut sum = 0;
    while let Some(v) = rx.recv().await {
        sum += v;
    }
    sum
}

/// Create, send and receive a oneshot in the same task.
async fn oneshot_send_recv(n: u64) -> u64 {
    let mut sum = 0;
    for i in 0..n {
        let (tx, rx) = oneshot::channel::<u64>();
        tx.send(i).unwrap();
        sum += rx.await.unwrap();
    }
    sum
}

/// Create a oneshot, spawn a task that sends on it, await the receiver.
async fn oneshot_spawn_send_recv(n: u64) -> u64 {
    let mut sum = 0;
    for i in 0..n {
        let (tx, rx) = oneshot::channel::<u64>();
        tokio::spawn(async move {
            tx.send(i).unwrap();
        });
        sum += rx.await.unwrap();
    }
    sum
}

/// The broadcast capacity: room for every message, so that no receiver can lag.
fn broadcast_capacity(n: u64) -> usize {
    (n.max(CAPACITY as u64) as usize).next_power_of_two()
}

/// Main sends 0..n; RECEIVERS tasks each receive all of it until Closed.
async fn broadcast_receivers(n: u64) -> u64 {
    let (tx, rx) = broadcast::channel::<u64>(broadcast_capacity(n));
    let mut receivers = vec![rx];
    for _ in 1..RECEIVERS {
        receivers.push(tx.subscribe());
    }
    let handles: Vec<_> = receivers
        .into_iter()
        .map(|mut rx| {
            tokio::spawn(async move {
                let mut sum = 0;
                loop {
                    match rx.recv().await {
                        Ok(v) => sum += v,
                        Err(broadcast::error::RecvError::Closed) => break sum,
                        Err(broadcast::error::RecvError::Lagged(k)) => panic!("receiver lagged by {k}"),
                    }
                }
            })
        })
        .collect();
    for i in 0..n {
        tx.send(i).unwrap();
    }
    drop(tx);
    let mut total = 0;
    for handle in handles {
        total += handle.await.unwrap();
    }
    total
}

/// Runs one scenario with n and gives its checksum and what the checksum must be.
async fn run(scenario: &str, n: u64) -> (u64, u64) {
    match scenario {
        "mpsc-bounded-128-spsc" => (mpsc_bounded_spsc(n).await, triangle(n)),
        "mpsc-unbounded-spsc" => (mpsc_unbounded_spsc(n).await, triangle(n)),
        "mpsc-fanin-100-bounded-128" => (mpsc_fanin(n).await, triangle(n)),
        "oneshot-send-recv" => (oneshot_send_recv(n).await, triangle(n)),
        "oneshot-spawn-send-recv" => (oneshot_spawn_send_recv(n).await, triangle(n)),
        "broadcast-4-receivers" => (broadcast_receivers(n).await, RECEIVERS * triangle(n)),
        other => {
            eprintln!("tokio bench: unknown scenario {other}");
            std::process::exit(2);
        }
    }
}

/// One timed run: messages (or operations) per second.
async fn timed(scenario: &str, n: u64) -> f64 {
    let t0 = Instant::now();
    let (sum, expected) = run(scenario, n).await;
    let seconds = t0.elapsed().as_secs_f64();
    if sum != expected {
        eprintln!("tokio bench: {scenario}: wrong checksum {sum}, expected {expected}");
        std::process::exit(1);
    }
    n as f64 / seconds
}

struct Args {
    flavor: String,
    scenarios: Vec<String>,
    n: u64,
    warmup_n: u64,
    runs: usize,
}

struct Row {
    scenario: String,
    ops_per_sec: f64,
    runs: usize,
}

async fn bench(args: &Args) -> Vec<Row> {
    let mut rows = Vec::new();
    for scenario in &args.scenarios {
        for _ in 0..2 {
            timed(scenario, args.warmup_n).await;
        }
        let mut samples = Vec::with_capacity(args.runs);
        for _ in 0..args.runs {
            samples.push(timed(scenario, args.n).await);
        }
        samples.sort_by(|a, b| a.partial_cmp(b).unwrap());
        let mid = samples.len() / 2;
        let median = if samples.len() % 2 == 1 { samples[mid] } else { (samples[mid - 1] + samples[mid]) / 2.0 };
        rows.push(Row { scenario: scenario.clone(), ops_per_sec: median, runs: samples.len() });
    }
    rows
}

#[tokio::main(flavor = "current_thread")]
async fn current_thread(args: &Args) -> Vec<Row> {
    bench(args).await
}

#[tokio::main]
async fn multi_thread(args: &Args) -> Vec<Row> {
    bench(args).await
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args { flavor: String::new(), scenarios: Vec::new(), n: 0, warmup_n: 0, runs: 1 };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--flavor" => args.flavor = value()?,
            "--scenarios" => args.scenarios = value()?.split(',').filter(|s| !s.is_empty()).map(String::from).collect(),
            "--n" => args.n = value()?.parse().map_err(|e| format!("--n: {e}"))?,
            "--warmup-n" => args.warmup_n = value()?.parse().map_err(|e| format!("--warmup-n: {e}"))?,
            "--runs" => args.runs = value()?.parse().map_err(|e| format!("--runs: {e}"))?,
            _ => return Err(format!("unknown argument {flag}")),
        }
    }
    if args.n == 0 || args.runs == 0 {
        return Err("--n and --runs must be positive".into());
    }
    if args.warmup_n == 0 {
        args.warmup_n = (args.n / 50).max(PRODUCERS);
    }
    if args.n % PRODUCERS != 0 || args.warmup_n % PRODUCERS != 0 {
        return Err(format!("n must be a multiple of {PRODUCERS}"));
    }
    Ok(args)
}

fn main() {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("tokio bench: {message}");
            std::process::exit(2);
        }
    };
    let (rows, implementation) = match args.flavor.as_str() {
        "current_thread" => (current_thread(&args), "tokio-native-current-thread"),
        "multi_thread" => (multi_thread(&args), "tokio-native-multi-thread"),
        other => {
            eprintln!("tokio bench: --flavor must be current_thread or multi_thread, not {other:?}");
            std::process::exit(2);
        }
    };
    let results: Vec<String> = rows
        .iter()
        .map(|r| {
            format!(
                r#"{{"suite":"{SUITE}","scenario":"{}","impl":"{implementation}","opsPerSec":{:.0},"n":{},"runs":{}}}"#,
                r.scenario, r.ops_per_sec, args.n, r.runs
            )
        })
        .collect();
    println!(r#"{{"results":[{}]}}"#, results.join(","));
}
