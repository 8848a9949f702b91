// Slices in fixed-size pieces and back: chunks_exact with remainder() (on the iterator itself, and after a by_ref() loop), concat and join of Vec<Vec<T>> with an item or a slice between, starts_with/ends_with on slices
fn checksum(words: &[u32]) -> u32 {
    words.iter().fold(0u32, |acc, w| acc.wrapping_mul(31).wrapping_add(*w))
}

fn main() {
    let payload: Vec<u8> = (1..=14).collect();
    let words: Vec<u32> = payload
        .chunks_exact(4)
        .map(|c| u32::from(c[0]) << 24 | u32::from(c[1]) << 16 | u32::from(c[2]) << 8 | u32::from(c[3]))
        .collect();
    println!("words {:?} checksum {}", words, checksum(&words));
    let pieces = payload.chunks_exact(4);
    println!("left over before the loop: {:?}", pieces.remainder());

    let mut frames = payload.chunks_exact(5);
    let mut count = 0;
    for frame in frames.by_ref() {
        count += 1;
        println!("frame {}: {:?}", count, frame);
    }
    let tail = frames.remainder();
    println!("{} frames, tail {:?} ({} bytes)", count, tail, tail.len());

    let rows: Vec<Vec<u8>> = vec![vec![1, 1], vec![2], vec![], vec![3, 3, 3]];
    let flat = rows.concat();
    println!("concat {:?}", flat);
    println!("join(&0) {:?}", rows.join(&0));
    let marker: [u8; 2] = [9, 9];
    println!("join(slice) {:?}", rows.join(&marker[..]));
    let names = vec![vec!["ann", "bo"], vec!["cy"]];
    println!("{:?}", names.join(&"|"));

    println!(
        "starts [1, 1, 2]: {} ends [3, 3]: {} ends [2, 3]: {} starts []: {}",
        flat.starts_with(&[1, 1, 2]),
        flat.ends_with(&[3, 3]),
        flat.ends_with(&[2, 3]),
        flat.starts_with(&[])
    );
}
