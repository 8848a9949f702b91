// Options compare as Ord (None below every Some): a running best kept with `best.max(Some(x))`
// and a lowest with `min`, starting from a bare `None`; in a program whose 64-bit integers are
// exact (checked_mul on i64), `parse::<i64>()` and `parse::<u64>()` values are summed with them.
fn main() {
    let readings = ["12", "7", "oops", "30", "-4"];
    let mut best = None;
    let mut lowest: Option<i64> = None;
    let mut total: i64 = 0;
    for r in readings {
        match r.parse::<i64>() {
            Ok(v) => {
                best = best.max(Some(v));
                lowest = match lowest {
                    None => Some(v),
                    Some(_) => lowest.min(Some(v)),
                };
                total += v.checked_mul(1_000_000_000).expect("fits");
            }
            Err(e) => println!("skip {:?}: {}", r, e),
        }
    }
    println!("best {:?} lowest {:?} total {}", best, lowest, total);
    let none: Option<u8> = None;
    println!("{:?} {:?}", none.max(Some(0)), none.min(Some(0)));
    let big: u64 = "18446744073709551615".parse::<u64>().unwrap();
    println!("{} {:?}", big, "18446744073709551616".parse::<u64>().is_err());
    println!("{:?}", "-1".parse::<u64>());
}
