// Option methods that change the Option where it lives: take, replace, insert,
// get_or_insert_with (whose &mut is written through), and flatten and transpose.
fn lookup(id: u32) -> Result<Option<u32>, String> {
    if id == 0 { Err("id 0 is reserved".to_string()) } else if id % 2 == 0 { Ok(Some(id * 10)) } else { Ok(None) }
}

fn main() {
    let mut slot: Option<u32> = Some(3);
    let taken = slot.take();
    println!("took {:?}, left {:?}", taken, slot);
    let previous = slot.replace(8);
    println!("replace gave {:?}, now {:?}", previous, slot);
    let counter = slot.get_or_insert_with(|| 100);
    *counter += 1;
    println!("get_or_insert_with on Some: {:?}", slot);
    slot = None;
    let fresh = slot.get_or_insert_with(|| 100);
    *fresh *= 2;
    println!("get_or_insert_with on None: {:?}", slot);
    let put = slot.insert(5);
    *put += 1;
    println!("insert: {:?}", slot);

    let mut names: Option<Vec<&str>> = None;
    names.get_or_insert_with(Vec::new).push("ann");
    names.get_or_insert_with(Vec::new).push("bob");
    println!("names {:?}", names);

    for id in [0, 1, 2] {
        let found: Option<u32> = lookup(id).ok().flatten();
        println!("{} -> {:?}", id, found);
    }
    let maybe: Option<Result<i32, String>> = Some(Ok(4));
    let none: Option<Result<i32, String>> = None;
    let bad: Option<Result<i32, String>> = Some(Err("no".to_string()));
    println!("{:?} {:?} {:?}", maybe.transpose(), none.transpose(), bad.transpose());
}
