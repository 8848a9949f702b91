// Result and Option combinators as std defines them: and_then, or_else, and, or, map_or, map_or_else, is_ok_and, is_err_and, inspect, xor, ok(), err(), collect into Option.
fn half(n: i32) -> Result<i32, String> {
    if n % 2 == 0 {
        Ok(n / 2)
    } else {
        Err(format!("{} is odd", n))
    }
}

fn first_even(values: &[i32]) -> Option<i32> {
    values.iter().copied().find(|v| v % 2 == 0)
}

fn all_positive(values: &[i32]) -> Option<Vec<i32>> {
    values.iter().map(|&v| if v > 0 { Some(v) } else { None }).collect()
}

#[tokio::main]
async fn main() {
    let quarter = half(12).and_then(half);
    let stuck = half(6).and_then(half);
    println!("and_then: {:?} {:?}", quarter, stuck);

    let recovered: Result<i32, String> = half(7).or_else(|e| Ok(e.len() as i32));
    println!("or_else: {:?}", recovered);
    println!("and: {:?} / or: {:?}", half(4).and(half(8)), half(3).or(half(10)));

    let shown = half(9).map_or(-1, |v| v * 10);
    let described = half(20).map_or_else(|e| e.len() as i32, |v| v + 1);
    println!("map_or: {} map_or_else: {}", shown, described);
    println!("is_ok_and: {} is_err_and: {}", half(8).is_ok_and(|v| v == 4), half(5).is_err_and(|e| e.contains("odd")));

    let mut seen: Vec<i32> = Vec::new();
    let _ = half(14).inspect(|v| seen.push(*v)).inspect_err(|e| seen.push(e.len() as i32));
    println!("inspected: {:?}", seen);

    println!("ok: {:?} err: {:?}", half(2).ok(), half(3).err());
    let err_text = half(11).err().unwrap();
    println!("err unwrapped: {}", err_text);

    let none: Option<i32> = None;
    let one: Option<i32> = Some(1);
    println!("or_else: {:?} {:?}", none.or_else(|| Some(5)), one.or_else(|| Some(5)));
    println!("xor: {:?} {:?} {:?}", one.xor(none), none.xor(Some(2)), one.xor(Some(2)));
    println!("and: {:?} {:?}", one.and(Some("b")), none.and(Some("b")));
    println!("map_or_else: {} {}", first_even(&[3, 8]).map_or_else(|| -1, |v| v * 2), first_even(&[3]).map_or_else(|| -1, |v| v * 2));
    println!("collect: {:?} {:?}", all_positive(&[1, 2]), all_positive(&[1, -2]));
}
