// RefCell's borrow rules checked when the program runs (Rust book ch.15): many `borrow()`s at once; a temporary borrow ends with its statement (also in `if` and `while` conditions), a `let` one at the end of its scope or at `drop`; `try_borrow_mut`/`try_borrow` give Err while borrowed; Debug of a mutably borrowed cell; then a `borrow_mut()` while a `Ref` is alive panics with Rust's message at the call (exit 101)
use std::cell::RefCell;
use std::rc::Rc;

trait Messenger {
    fn send(&self, msg: &str);
}

struct MockMessenger {
    sent_messages: RefCell<Vec<String>>,
}

impl MockMessenger {
    fn new() -> MockMessenger {
        MockMessenger { sent_messages: RefCell::new(vec![]) }
    }
}

impl Messenger for MockMessenger {
    fn send(&self, message: &str) {
        self.sent_messages.borrow_mut().push(String::from(message));
    }
}

struct LimitTracker<'a, T: Messenger> {
    messenger: &'a T,
    value: usize,
    max: usize,
}

impl<'a, T> LimitTracker<'a, T>
where
    T: Messenger,
{
    fn new(messenger: &'a T, max: usize) -> LimitTracker<'a, T> {
        LimitTracker { messenger, value: 0, max }
    }

    fn set_value(&mut self, value: usize) {
        self.value = value;
        let percentage_of_max = self.value as f64 / self.max as f64;
        if percentage_of_max >= 1.0 {
            self.messenger.send("Error: You are over your quota!");
        } else if percentage_of_max >= 0.9 {
            self.messenger.send("Urgent warning: You've used up over 90% of your quota!");
        } else if percentage_of_max >= 0.75 {
            self.messenger.send("Warning: You've used up over 75% of your quota!");
        }
    }
}

fn main() {
    let mock_messenger = MockMessenger::new();
    let mut limit_tracker = LimitTracker::new(&mock_messenger, 100);
    limit_tracker.set_value(80);
    limit_tracker.set_value(95);
    println!("sent {}: {:?}", mock_messenger.sent_messages.borrow().len(), mock_messenger.sent_messages.borrow());

    let shared = Rc::new(RefCell::new(vec![1, 2, 3]));
    let a = Rc::clone(&shared);
    {
        let first = shared.borrow();
        let second = a.borrow();
        println!("two readers {} {}", first.len(), second[0]);
        println!("try_borrow_mut while reading: {}", a.try_borrow_mut().is_err());
    }
    a.borrow_mut().push(4);
    if shared.borrow().len() > 3 {
        shared.borrow_mut().push(5);
    }
    while shared.borrow().len() < 7 {
        let n = shared.borrow().len();
        shared.borrow_mut().push(n as i32 + 1);
    }
    let total: i32 = shared.borrow().iter().sum();
    println!("{:?} total {}", shared.borrow(), total);

    let writer = shared.borrow_mut();
    println!("try_borrow while writing: {}", shared.try_borrow().is_err());
    println!("{:?}", a);
    drop(writer);
    println!("{:?}", a);

    let guard = shared.borrow();
    println!("holding a Ref to {} values", guard.len());
    shared.borrow_mut().clear();
    println!("not reached");
}
