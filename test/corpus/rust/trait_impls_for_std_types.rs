// A program's own traits implemented for types it does not define: for str, for i64, and for
// every Display type at once (a blanket impl, reaching a struct too); a generic function whose
// `where` bound names the blanket trait calls its method and uses the String it returns.
use std::fmt;

trait Label {
    fn label(&self) -> String;
}

impl Label for str {
    fn label(&self) -> String {
        format!("<{}>", self.trim())
    }
}

trait Cents {
    fn as_money(&self) -> String;
    fn doubled(&self) -> i64;
}

impl Cents for i64 {
    fn as_money(&self) -> String {
        format!("${}.{:02}", self / 100, self % 100)
    }
    fn doubled(&self) -> i64 {
        self * 2
    }
}

trait Banner {
    fn banner(&self, edge: char) -> String;
}

impl<T: fmt::Display> Banner for T {
    fn banner(&self, edge: char) -> String {
        let text = self.to_string();
        let line = edge.to_string().repeat(text.len() + 4);
        format!("{line}\n{edge} {text} {edge}\n{line}")
    }
}

struct Ticket {
    id: u32,
    seat: &'static str,
}

impl fmt::Display for Ticket {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "ticket #{} seat {}", self.id, self.seat)
    }
}

fn shouted<U>(item: &U) -> String
where
    U: Banner,
{
    item.banner('~').to_uppercase()
}

fn main() {
    println!("{}", "  coffee ".label());
    println!("{}", shouted(&"tea"));
    let price: i64 = 1234;
    println!("{} doubled {}", price.as_money(), price.doubled().as_money());
    println!("{}", 42.banner('*'));
    println!("{}", "ok".banner('#'));
    let t = Ticket { id: 7, seat: "C4" };
    println!("{}", t.banner('='));
}
