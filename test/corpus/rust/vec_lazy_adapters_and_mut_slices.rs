// What arrays lack, a Vec's iterator still has: scan with a running total, cycle, peekable,
// partition, last; chunks_mut and split_at_mut hand out parts that write into the Vec, and
// dedup drops neighbours that repeat.
fn main() {
    let deposits = vec![5, -2, 10, -7, 3];
    let balance: Vec<i32> = deposits.iter().scan(100, |bal, &d| {
        *bal += d;
        if *bal < 100 { None } else { Some(*bal) }
    }).collect();
    println!("balance until below 100 {:?}", balance);

    let colours = ["red", "green"];
    let labels: Vec<String> = (1..=5).zip(colours.iter().cycle()).map(|(n, c)| format!("{}{}", c, n)).collect();
    println!("{}", labels.join(","));

    let words = vec!["apple", "avocado", "banana", "blueberry", "cherry"];
    let mut it = words.iter().peekable();
    while let Some(w) = it.next() {
        let mut group = vec![*w];
        while let Some(next) = it.peek() {
            if next.chars().next() == w.chars().next() {
                group.push(next);
                it.next();
            } else {
                break;
            }
        }
        println!("group {:?}", group);
    }

    let (short, long): (Vec<&str>, Vec<&str>) = words.iter().partition(|w| w.len() < 7);
    println!("short {:?} long {:?}", short, long);
    println!("last long {:?}", words.iter().filter(|w| w.len() > 6).last());

    let mut data = vec![9, 4, 7, 1, 8, 2, 6, 3];
    for part in data.chunks_mut(3) {
        part.sort();
    }
    println!("sorted in threes {:?}", data);
    let (left, right) = data.split_at_mut(4);
    left.reverse();
    right[0] = 100;
    println!("after split_at_mut {:?}", data);

    let mut readings = vec![1, 1, 2, 2, 2, 3, 1, 1];
    readings.dedup();
    println!("dedup {:?}", readings);
}
