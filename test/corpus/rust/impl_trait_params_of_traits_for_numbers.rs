// A trait implemented for a number type and for a struct: a struct taken as `&impl Trait`
// reaches its impl, a number calls its own directly
trait Describe {
    fn describe(&self) -> String;
}

impl Describe for i32 {
    fn describe(&self) -> String {
        format!("the number {}", self)
    }
}

struct Robot {
    name: String,
    joints: u8,
}

impl Describe for Robot {
    fn describe(&self) -> String {
        format!("robot {} with {} joints", self.name, self.joints)
    }
}

fn announce(item: &impl Describe) -> String {
    format!("Now presenting: {}", item.describe())
}

fn main() {
    let r = Robot { name: "Ada".to_string(), joints: 6 };
    println!("{}", announce(&r));
    println!("{}", announce(&r).to_uppercase());
    println!("{} / {}", 42.describe(), (-7).describe());
}
