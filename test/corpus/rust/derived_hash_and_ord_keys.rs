// Structs, enums and tuples as HashSet/HashMap keys by value (derived Hash + Eq: equal values are one key, `insert` says whether a value was new), BTreeSet/BTreeMap of them in derived order; sorting enums by derived Ord (variant order, then fields; discriminants where written); `<` and `max` on enums, structs and tuples
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Rank {
    Number(u8),
    Jack,
    Queen,
    King,
    Ace,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Card {
    rank: Rank,
    suit: Suit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Priority {
    Low = 3,
    High = 1,
    Medium = 2,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Shape {
    Circle { r: u32 },
    Rect { w: u32, h: u32 },
}

fn card(rank: Rank, suit: Suit) -> Card {
    Card { rank, suit }
}

fn main() {
    let hand = vec![
        card(Rank::Ace, Suit::Spades),
        card(Rank::Number(7), Suit::Hearts),
        card(Rank::Number(10), Suit::Clubs),
        card(Rank::Jack, Suit::Diamonds),
        card(Rank::Number(7), Suit::Hearts),
        card(Rank::Number(7), Suit::Clubs),
    ];
    let mut seen = HashSet::new();
    for c in &hand {
        if !seen.insert(c.clone()) {
            println!("duplicate {:?}", c);
        }
    }
    println!("unique cards {}", seen.len());
    println!("has 7 of hearts: {}", seen.contains(&card(Rank::Number(7), Suit::Hearts)));

    let mut sorted = hand.clone();
    sorted.sort();
    sorted.dedup();
    for c in &sorted {
        println!("  {:?} of {:?}", c.rank, c.suit);
    }

    let mut by_suit: HashMap<Suit, Vec<Rank>> = HashMap::new();
    for c in &hand {
        by_suit.entry(c.suit).or_insert_with(Vec::new).push(c.rank.clone());
    }
    let mut suits: Vec<Suit> = by_suit.keys().copied().collect();
    suits.sort();
    for s in suits {
        println!("{:?}: {:?}", s, by_suit[&s]);
    }

    let ranks: BTreeSet<Rank> = hand.iter().map(|c| c.rank.clone()).collect();
    println!("ranks {:?}", ranks);
    println!("max {:?}", hand.iter().max());
    println!("lowest rank {:?}", hand.iter().map(|c| &c.rank).min());
    println!(
        "Queen > 10: {}  King < Ace: {}  7 < 10: {}",
        Rank::Queen > Rank::Number(10),
        Rank::King < Rank::Ace,
        Rank::Number(7) < Rank::Number(10)
    );
    println!("tuples {} {}", (Suit::Hearts, 2) < (Suit::Hearts, 3), (Suit::Spades, 0) < (Suit::Hearts, 9));

    let mut tasks = vec![Priority::Low, Priority::High, Priority::Medium, Priority::High];
    tasks.sort();
    println!("{:?} first {:?}", tasks, tasks.iter().min());

    let mut grid: HashMap<(i32, i32), char> = HashMap::new();
    grid.insert((0, 0), 'a');
    grid.insert((1, -1), 'b');
    grid.insert((0, 0), 'c');
    println!("grid {} {:?} {:?}", grid.len(), grid.get(&(0, 0)), grid.get(&(2, 2)));

    let mut areas: HashMap<Shape, u32> = HashMap::new();
    for s in [Shape::Circle { r: 2 }, Shape::Rect { w: 2, h: 3 }, Shape::Circle { r: 2 }, Shape::Rect { h: 3, w: 2 }] {
        *areas.entry(s).or_insert(0) += 1;
    }
    let mut counts: Vec<u32> = areas.values().copied().collect();
    counts.sort();
    println!("shapes {} counts {:?}", areas.len(), counts);
    println!("removed {:?} left {}", areas.remove(&Shape::Circle { r: 2 }), areas.len());

    let mut tally: BTreeMap<Card, u32> = BTreeMap::new();
    for c in hand {
        *tally.entry(c).or_default() += 1;
    }
    for (c, n) in &tally {
        println!("{:?} of {:?} x{}", c.rank, c.suit, n);
    }
}
