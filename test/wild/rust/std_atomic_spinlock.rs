// rust std docs style (atomics): a SpinLock<T> built on AtomicBool compare_exchange_weak with Acquire/Release, an RAII guard with Deref/DerefMut/Drop
use std::cell::UnsafeCell;
use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;

pub struct SpinLock<T> {
    locked: AtomicBool,
    value: UnsafeCell<T>,
    contended: AtomicUsize,
}

unsafe impl<T: Send> Sync for SpinLock<T> {}

pub struct Guard<'a, T> {
    lock: &'a SpinLock<T>,
}

impl<T> SpinLock<T> {
    pub const fn new(value: T) -> Self {
        SpinLock { locked: AtomicBool::new(false), value: UnsafeCell::new(value), contended: AtomicUsize::new(0) }
    }

    pub fn lock(&self) -> Guard<'_, T> {
        while self.locked.compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed).is_err() {
            self.contended.fetch_add(1, Ordering::Relaxed);
            std::hint::spin_loop();
            thread::yield_now();
        }
        Guard { lock: self }
    }

    pub fn try_lock(&self) -> Option<Guard<'_, T>> {
        self.locked
            .compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed)
            .ok()
            .map(|_| Guard { lock: self })
    }

    pub fn into_inner(self) -> T {
        self.value.into_inner()
    }
}

impl<T> Deref for Guard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        unsafe { &*self.lock.value.get() }
    }
}

impl<T> DerefMut for Guard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        unsafe { &mut *self.lock.value.get() }
    }
}

impl<T> Drop for Guard<'_, T> {
    fn drop(&mut self) {
        self.lock.locked.store(false, Ordering::Release);
    }
}

fn main() {
    let lock = Arc::new(SpinLock::new(Vec::<u32>::new()));
    let handles: Vec<_> = (0..4u32)
        .map(|t| {
            let lock = Arc::clone(&lock);
            thread::spawn(move || {
                for i in 0..250 {
                    let mut g = lock.lock();
                    g.push(t * 1000 + i);
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    {
        let g = lock.lock();
        println!("pushed {} values", g.len());
        println!("try_lock while held: {}", lock.try_lock().is_none());
        let per_thread: Vec<usize> = (0..4).map(|t| g.iter().filter(|&&v| v / 1000 == t).count()).collect();
        println!("per thread: {:?}", per_thread);
        let ordered = (0..4).all(|t| {
            let mine: Vec<u32> = g.iter().copied().filter(|v| v / 1000 == t).collect();
            mine.windows(2).all(|w| w[0] < w[1])
        });
        println!("each thread's values stay in order: {}", ordered);
    }
    println!("try_lock after release: {}", lock.try_lock().is_some());
    let lock = Arc::try_unwrap(lock).ok().expect("sole owner");
    let _ = lock.contended.load(Ordering::Relaxed);
    let mut data = lock.into_inner();
    data.sort_unstable();
    let checksum = data.iter().fold(0u32, |acc, &v| acc.wrapping_mul(31).wrapping_add(v));
    println!("checksum: {:#010x}", checksum);
    println!("min {:?} max {:?}", data.first(), data.last());
}
