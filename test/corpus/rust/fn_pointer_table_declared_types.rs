// closures stored as `fn` pointers in a declared `Vec<(&str, Op)>` and a declared tuple get their parameter types from the declaration; `concat` of a `Vec<Vec<u32>>` is one Vec
type Op = fn(&[i64]) -> String;

fn main() {
    let data = [4, -2, 9, 7];
    let ops: Vec<(&str, Op)> = vec![
        ("len", |v| v.len().to_string()),
        ("sum", |v| v.iter().sum::<i64>().to_string()),
        ("max", |v| v.iter().max().map_or("none".into(), |m| m.to_string())),
        ("odd", |v| format!("{:?}", v.iter().filter(|x| *x % 2 != 0).collect::<Vec<_>>())),
    ];
    for (name, op) in &ops {
        println!("{name}: {}", op(&data));
    }
    let pair: (&str, fn(&[i64]) -> i64) = ("product", |v| v.iter().product());
    println!("{}: {}", pair.0, (pair.1)(&data));

    let rows: Vec<Vec<u32>> = vec![vec![1, 2], vec![], vec![3, 4, 5]];
    let flat = rows.concat();
    println!("{:?} has {} items, sum {}", flat, flat.len(), flat.iter().sum::<u32>());
    let words = ["con", "cat"].concat();
    println!("{words}");
}
