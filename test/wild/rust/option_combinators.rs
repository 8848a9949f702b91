// rust std docs style: Option combinators map, and_then, filter, unwrap_or_else, ok_or, take, replace, get_or_insert_with, zip
use std::collections::HashMap;

#[derive(Debug, Clone)]
struct User {
    name: String,
    manager: Option<u32>,
    email: Option<String>,
}

fn find(users: &HashMap<u32, User>, id: u32) -> Option<&User> {
    users.get(&id)
}

fn manager_email(users: &HashMap<u32, User>, id: u32) -> Option<String> {
    find(users, id)
        .and_then(|u| u.manager)
        .and_then(|m| find(users, m))
        .and_then(|m| m.email.clone())
}

fn domain(email: Option<&str>) -> Result<&str, String> {
    email
        .ok_or("no email".to_string())?
        .split_once('@')
        .map(|(_, d)| d)
        .ok_or_else(|| "malformed".to_string())
}

fn main() {
    let mut users = HashMap::new();
    users.insert(1, User { name: "ann".into(), manager: None, email: Some("ann@corp.example".into()) });
    users.insert(2, User { name: "bob".into(), manager: Some(1), email: None });
    users.insert(3, User { name: "cy".into(), manager: Some(2), email: Some("cy-at-home".into()) });
    users.insert(4, User { name: "dee".into(), manager: Some(9), email: Some("dee@x.example".into()) });

    for id in 1..=5 {
        let name = find(&users, id).map(|u| u.name.as_str()).unwrap_or("?");
        let boss = manager_email(&users, id).unwrap_or_else(|| format!("<none for {}>", id));
        let dom = domain(find(&users, id).and_then(|u| u.email.as_deref()));
        println!("{} {:<4} boss={} domain={:?}", id, name, boss, dom);
    }

    let long_names: Vec<&str> = (1..=4)
        .filter_map(|id| find(&users, id))
        .map(|u| u.name.as_str())
        .filter(|n| n.len() == 3)
        .collect();
    println!("3-letter names {:?}", long_names);

    let mut slot: Option<u32> = Some(5);
    let taken = slot.take();
    println!("taken {:?} left {:?}", taken, slot);
    let old = slot.replace(9);
    println!("replace old {:?} now {:?}", old, slot);
    let v = slot.get_or_insert_with(|| 100);
    *v += 1;
    println!("after get_or_insert_with {:?}", slot);
    let mut empty: Option<Vec<i32>> = None;
    empty.get_or_insert_with(Vec::new).push(4);
    println!("filled {:?}", empty);

    println!("zip {:?} {:?}", Some(1).zip(Some("a")), Some(1).zip(None::<u8>));
    println!("xor {:?} or {:?} and {:?}", Some(1).xor(None), None.or(Some(2)), Some(1).and(Some("x")));
    println!("filter {:?} {:?}", Some(4).filter(|x| x % 2 == 0), Some(3).filter(|x| x % 2 == 0));
    println!("map_or {} is_some_and-like {}", None::<i32>.map_or(-1, |x| x * 2), Some(7).map_or(false, |x| x > 5));
    let nums = ["4", "x", "16"];
    let parsed: Option<Vec<i32>> = nums.iter().map(|s| s.parse().ok()).collect();
    let good: Vec<i32> = nums.iter().flat_map(|s| s.parse().ok()).collect();
    println!("all parsed {:?} some parsed {:?}", parsed, good);
    let total: Option<i32> = [Some(1), Some(2), Some(3)].into_iter().sum();
    println!("sum of options {:?}", total);
    let r: Result<i32, &str> = Some(3).ok_or("none");
    println!("ok_or {:?} transpose {:?}", r, Some(Ok::<i32, String>(2)).transpose());
}
