// rust std docs style (std only): slice and Vec methods -- sort_by_key, sort_unstable_by with reverse, dedup/dedup_by_key, retain, binary_search insertion points, drain, split_off, rotate, chunks_exact, concat/join
#[derive(Debug, Clone, PartialEq)]
struct Reading {
    sensor: &'static str,
    value: i32,
}

fn main() {
    let mut v = vec![5, 3, 8, 3, 1, 8, 8, 9, 2, 5];
    v.sort();
    println!("sorted:      {:?}", v);
    v.dedup();
    println!("dedup:       {:?}", v);
    for x in [4, 8, 0, 10] {
        match v.binary_search(&x) {
            Ok(i) => println!("  {x:>2} found at {i}"),
            Err(i) => {
                v.insert(i, x);
                println!("  {x:>2} inserted at {i} -> {:?}", v);
            }
        }
    }
    v.retain(|&x| x % 2 == 0);
    println!("evens:       {:?}", v);

    let mut words = vec!["pear", "fig", "banana", "kiwi", "apple", "date", "plum"];
    words.sort_by_key(|w| w.len());
    println!("by length (stable): {:?}", words);
    words.sort_unstable_by(|a, b| b.cmp(a));
    println!("reverse alpha:      {:?}", words);
    words.dedup_by_key(|w| w.len());
    println!("dedup_by_key len:   {:?}", words);

    let mut readings = vec![
        Reading {
            sensor: "t1",
            value: 20,
        },
        Reading {
            sensor: "t1",
            value: 21,
        },
        Reading {
            sensor: "t2",
            value: 19,
        },
        Reading {
            sensor: "t2",
            value: 19,
        },
        Reading {
            sensor: "t1",
            value: 22,
        },
    ];
    readings.dedup();
    println!("dedup structs: {}", readings.len());
    readings.sort_by(|a, b| a.sensor.cmp(b.sensor).then(b.value.cmp(&a.value)));
    let line: Vec<String> = readings
        .iter()
        .map(|r| format!("{}={}", r.sensor, r.value))
        .collect();
    println!("sensor asc, value desc: {}", line.join(" "));
    let max = readings.iter().max_by_key(|r| r.value).unwrap();
    println!("max: {:?}", max);

    let mut nums: Vec<i32> = (1..=12).collect();
    let drained: Vec<i32> = nums.drain(2..5).collect();
    println!("drained {:?} left {:?}", drained, nums);
    let tail = nums.split_off(6);
    println!("split_off: {:?} | {:?}", nums, tail);
    nums.rotate_left(2);
    println!("rotate_left(2): {:?}", nums);
    nums.swap(0, 5);
    nums.reverse();
    println!("swap+reverse: {:?}", nums);
    let mut it = tail.chunks_exact(4);
    for c in it.by_ref() {
        println!("chunk {:?}", c);
    }
    println!("remainder {:?}", it.remainder());
    let nested = vec![vec![1, 2], vec![], vec![3]];
    println!(
        "concat {:?} join {:?}",
        nested.concat(),
        [["a", "b"], ["c", "d"]].join(&"-")
    );
    println!(
        "contains 3: {} starts_with [1,2]: {} ends_with [3]: {}",
        nested.concat().contains(&3),
        nested.concat().starts_with(&[1, 2]),
        nested.concat().ends_with(&[3])
    );
    let (small, big): (Vec<i32>, Vec<i32>) = (1..=10).partition(|&x| x < 4);
    println!("partition: {:?} {:?}", small, big);
    let mut grid = [[0u8; 3]; 2];
    grid[1][2] = 7;
    println!(
        "grid {:?} first {:?} last {:?}",
        grid,
        grid.first(),
        grid.last().and_then(|r| r.last())
    );
}
