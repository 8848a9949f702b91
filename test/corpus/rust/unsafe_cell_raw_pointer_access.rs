// std::cell::UnsafeCell: get() gives a raw pointer read and written through `unsafe { &*p }`, `&mut *p` and `*p = ..` (in methods of a struct holding the cell, and on a local), get_mut, into_inner
use std::cell::UnsafeCell;

struct Counter<T> {
    value: UnsafeCell<T>,
    name: &'static str,
}

impl<T: std::fmt::Debug> Counter<T> {
    fn new(name: &'static str, value: T) -> Self {
        Counter { value: UnsafeCell::new(value), name }
    }

    fn update<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        let slot = unsafe { &mut *self.value.get() };
        f(slot)
    }

    fn peek(&self) -> &T {
        unsafe { &*self.value.get() }
    }

    fn into_inner(self) -> T {
        self.value.into_inner()
    }
}

fn main() {
    let log = Counter::new("log", vec![String::from("start")]);
    log.update(|v| v.push(String::from("step")));
    unsafe {
        (*log.value.get()).push(String::from("raw"));
    }
    println!("{} holds {:?} ({} entries)", log.name, log.peek(), log.peek().len());

    let total = Counter::new("total", 10u64);
    let doubled: u64 = unsafe {
        *total.value.get() *= 2;
        *total.value.get()
    };
    unsafe {
        *total.value.get() += 1;
    }
    println!("{}: doubled {}, now {}", total.name, doubled, total.peek());

    let mut cell = UnsafeCell::new(1i32);
    *cell.get_mut() -= 5;
    let p = cell.get();
    unsafe {
        *p *= 3;
    }
    println!("cell {}, total {}, log {:?}", cell.into_inner(), total.into_inner(), log.into_inner());
}
