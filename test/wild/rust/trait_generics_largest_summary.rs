// Rust book ch.10 style, std only: a generic largest<T: PartialOrd + Copy> and a by-reference version, a Summary trait whose default method calls a required one, impl Trait arguments and returns, trait bounds with + and where, a blanket impl over Display, derived PartialOrd comparing fields in order, a generic Pair<T> with a conditional method
use std::cmp::Ordering;
use std::fmt::{self, Display};

fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut max = list[0];
    for &item in list {
        if item > max {
            max = item;
        }
    }
    max
}

fn largest_ref<T: PartialOrd>(list: &[T]) -> Option<&T> {
    list.iter().fold(None, |best, x| match best {
        Some(b) if b >= x => Some(b),
        _ => Some(x),
    })
}

trait Summary {
    fn author(&self) -> String;
    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.author())
    }
}

struct Tweet {
    username: String,
    content: String,
    retweets: u32,
}

struct Article {
    title: String,
    by: String,
    words: usize,
}

impl Summary for Tweet {
    fn author(&self) -> String {
        format!("@{}", self.username)
    }
}

impl Summary for Article {
    fn author(&self) -> String {
        self.by.clone()
    }
    fn summarize(&self) -> String {
        format!("{}, by {} ({} words)", self.title, self.by, self.words)
    }
}

fn notify(item: &impl Summary) -> String {
    format!("Breaking news! {}", item.summarize())
}

fn loudest<T, U>(a: &T, b: &U) -> String
where
    T: Summary + Display,
    U: Summary,
{
    format!("{} | {}", a, b.author().to_uppercase())
}

fn make_tweet(text: &str) -> impl Summary + Display {
    Tweet {
        username: "horse_ebooks".into(),
        content: text.into(),
        retweets: 0,
    }
}

impl Display for Tweet {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "{}: {} [{} RT]",
            self.author(),
            self.content,
            self.retweets
        )
    }
}

trait Shout {
    fn shout(&self) -> String;
}
impl<T: Display> Shout for T {
    fn shout(&self) -> String {
        self.to_string().to_uppercase() + "!"
    }
}

#[derive(Debug, PartialEq, PartialOrd, Clone, Copy)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}

struct Pair<T> {
    x: T,
    y: T,
}

impl<T> Pair<T> {
    fn new(x: T, y: T) -> Self {
        Self { x, y }
    }
}

impl<T: Display + PartialOrd> Pair<T> {
    fn cmp_display(&self) -> String {
        match self.x.partial_cmp(&self.y) {
            Some(Ordering::Less) => format!("largest is y = {}", self.y),
            Some(_) => format!("largest is x = {}", self.x),
            None => "not comparable".to_string(),
        }
    }
}

fn main() {
    println!("{}", largest(&[34, 50, 25, 100, 65]));
    println!("{}", largest(&['y', 'm', 'a', 'q']));
    println!("{}", largest(&[1.5, -0.0, 0.0, 1.25]));
    println!(
        "{:?} {:?}",
        largest_ref(&["pear", "apple", "zucchini", "fig"]),
        largest_ref::<String>(&[])
    );

    let tweet = Tweet {
        username: "rustlang".into(),
        content: "1.0 is out".into(),
        retweets: 42,
    };
    let article = Article {
        title: "Fearless concurrency".into(),
        by: "Ferris".into(),
        words: 1200,
    };
    println!("{}", tweet.summarize());
    println!("{}", notify(&article));
    println!("{}", loudest(&tweet, &article));
    let t = make_tweet("of course");
    println!("{} / {}", t, t.summarize());
    println!("{} {} {}", 42.shout(), "quiet".shout(), tweet.shout());

    let mut versions = vec![
        Version {
            major: 1,
            minor: 10,
            patch: 0,
        },
        Version {
            major: 1,
            minor: 2,
            patch: 9,
        },
        Version {
            major: 0,
            minor: 99,
            patch: 99,
        },
        Version {
            major: 1,
            minor: 2,
            patch: 10,
        },
    ];
    println!("{:?}", largest(&versions));
    versions.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let names: Vec<String> = versions
        .iter()
        .map(|v| format!("{}.{}.{}", v.major, v.minor, v.patch))
        .collect();
    println!("{}", names.join(" < "));

    println!("{}", Pair::new(3, 7).cmp_display());
    println!("{}", Pair::new("b", "a").cmp_display());
    println!("{}", Pair::new(f64::NAN, 1.0).cmp_display());
    let p = Pair::new(vec![1], vec![2]);
    println!("{} {}", p.x.len(), p.y[0]);
}
