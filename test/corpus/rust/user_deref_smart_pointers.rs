// a user `impl Deref`/`DerefMut` (the Rust book's `MyBox<T>`, a lock guard with a `&'a` field and `Drop`): `*b`, methods and fields through the target, `&b` deref-coerced to `&str`, dropping the guard leaves the Arc it borrows counted
use std::cell::RefCell;
use std::ops::{Deref, DerefMut};
use std::sync::Arc;

struct MyBox<T>(T);

impl<T> MyBox<T> {
    fn new(x: T) -> MyBox<T> {
        MyBox(x)
    }
}

impl<T> Deref for MyBox<T> {
    type Target = T;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

fn hello(name: &str) {
    println!("Hello, {name}!");
}

struct Point {
    x: i32,
    y: i32,
}

struct Journal {
    entries: RefCell<Vec<String>>,
    opened: RefCell<u32>,
}

struct Page<'a> {
    journal: &'a Journal,
    lines: Vec<String>,
}

impl Journal {
    fn open(&self) -> Page<'_> {
        *self.opened.borrow_mut() += 1;
        Page { journal: self, lines: Vec::new() }
    }
}

impl Deref for Page<'_> {
    type Target = Vec<String>;
    fn deref(&self) -> &Vec<String> {
        &self.lines
    }
}

impl DerefMut for Page<'_> {
    fn deref_mut(&mut self) -> &mut Vec<String> {
        &mut self.lines
    }
}

impl Drop for Page<'_> {
    fn drop(&mut self) {
        println!("closing a page of {} lines", self.lines.len());
        self.journal.entries.borrow_mut().extend(self.lines.drain(..));
    }
}

fn main() {
    let x = 5;
    let y = MyBox::new(x);
    assert_eq!(5, *y);
    println!("*y = {}", *y + 1);

    let m = MyBox::new(String::from("Rust"));
    hello(&m);
    println!("len through deref: {}", m.len());
    println!("upper: {}", m.to_uppercase());

    let p = MyBox::new(Point { x: 3, y: -4 });
    println!("point: ({}, {}), sum {}", p.x, p.y, p.x + p.y);
    let empty = MyBox::new(Vec::<u8>::new());
    println!("empty box: {} {:?}", empty.is_empty(), *empty);

    let journal = Arc::new(Journal { entries: RefCell::new(Vec::new()), opened: RefCell::new(0) });
    {
        let mut page = journal.open();
        page.push("first".to_string());
        page.push("second".to_string());
        println!("page has {} lines, first {:?}", page.len(), page.first());
        println!("contains second: {}", page.iter().any(|l| l == "second"));
    }
    {
        let mut page = journal.open();
        page.push("third".to_string());
    }
    println!("opened {} times, entries {:?}", journal.opened.borrow(), journal.entries.borrow());
    println!("strong count: {}", Arc::strong_count(&journal));
    let inner = Arc::try_unwrap(journal).ok().expect("only owner");
    println!("unwrapped with {} entries", inner.entries.borrow().len());
}
