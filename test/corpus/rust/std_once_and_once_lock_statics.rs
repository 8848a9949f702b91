// std::sync::Once and OnceLock in statics, raced by threads: call_once runs once and is_completed says so, get_or_init builds the value once, set on a full lock gives the value back, get before and after
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Once, OnceLock};
use std::thread;

static START: Once = Once::new();
static STARTS: AtomicUsize = AtomicUsize::new(0);
static PRIMES: OnceLock<Vec<u32>> = OnceLock::new();
static BUILDS: AtomicUsize = AtomicUsize::new(0);

fn primes() -> &'static Vec<u32> {
    PRIMES.get_or_init(|| {
        BUILDS.fetch_add(1, Ordering::SeqCst);
        (2..40u32).filter(|&n| (2..n).all(|d| n % d != 0)).collect()
    })
}

fn main() {
    println!("started before: {}", START.is_completed());
    println!("primes before: {:?}", PRIMES.get());
    let workers: Vec<_> = (0..6usize)
        .map(|i| {
            thread::spawn(move || {
                START.call_once(|| {
                    STARTS.fetch_add(1, Ordering::SeqCst);
                });
                primes()[i]
            })
        })
        .collect();
    let picked: Vec<u32> = workers.into_iter().map(|w| w.join().unwrap()).collect();
    println!("picked: {:?}", picked);
    println!("started: {}, {} time(s)", START.is_completed(), STARTS.load(Ordering::SeqCst));
    println!("built {} time(s), {} primes", BUILDS.load(Ordering::SeqCst), primes().len());
    match PRIMES.set(vec![1]) {
        Ok(()) => println!("replaced"),
        Err(back) => println!("set refused, got back {:?}", back),
    }

    let name: OnceLock<String> = OnceLock::new();
    println!("set first: {:?}", name.set(String::from("ada")));
    println!("get_or_init keeps it: {}", name.get_or_init(|| String::from("bob")));
    println!("into_inner: {:?}", name.into_inner());
}
