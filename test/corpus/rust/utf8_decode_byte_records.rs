// Bytes to text: str::from_utf8 and String::from_utf8 (Ok, Err with Utf8Error's Display, Debug, valid_up_to, error_len), String::from_utf8_lossy, b"..." literals, as_bytes, into_bytes, eq_ignore_ascii_case
use std::str;

fn split_records(data: &[u8]) -> Vec<&[u8]> {
    let mut records = Vec::new();
    let mut rest = data;
    while let Some(end) = rest.iter().position(|&b| b == b'\n') {
        records.push(&rest[..end]);
        rest = &rest[end + 1..];
    }
    if !rest.is_empty() {
        records.push(rest);
    }
    records
}

fn describe(record: &[u8]) -> String {
    match str::from_utf8(record) {
        Ok(text) => format!("text {:?} ({} bytes)", text, record.len()),
        Err(e) => format!(
            "bad: {} [valid_up_to={}, error_len={:?}] lossy={:?}",
            e,
            e.valid_up_to(),
            e.error_len(),
            String::from_utf8_lossy(record)
        ),
    }
}

fn main() {
    let mut data: Vec<u8> = Vec::new();
    data.extend_from_slice(b"hello\n");
    data.extend_from_slice("grüße\n".as_bytes());
    data.extend_from_slice(&[0x61, 0xff, 0x62, b'\n']);
    data.extend_from_slice(&[0x63, 0xe2, 0x82, b'\n']);
    data.extend_from_slice(&[0xf0, 0x9f, 0x98, 0x80, b'!', b'\n']);
    data.extend_from_slice(&[0x7a, 0xe2, 0x82]);

    for (i, record) in split_records(&data).into_iter().enumerate() {
        println!("{}: {}", i, describe(record));
    }

    let owned = String::from_utf8(b"plain ascii".to_vec());
    println!("{:?}", owned);
    match String::from_utf8(vec![b'o', b'k', 0xc3]) {
        Ok(s) => println!("unexpected {}", s),
        Err(e) => {
            println!("from_utf8 failed: {}", e);
            println!("debug: {:?}", e.utf8_error());
            let bytes = e.into_bytes();
            println!("gave back {:?}", bytes);
        }
    }
    let surrogate = vec![0xed, 0xa0, 0x80];
    if let Err(e) = str::from_utf8(&surrogate) {
        println!("surrogate: {} / {:?}", e, e);
    }

    let command = b"GET key".to_vec();
    let text = String::from_utf8(command).unwrap();
    let verb = text.split(' ').next().unwrap_or("");
    println!("verb {} is get: {}", verb, verb.eq_ignore_ascii_case("get"));
    let round_trip = String::from_utf8_lossy(text.as_bytes()).into_owned();
    println!("{} {}", round_trip, round_trip.clone().into_bytes().len());
}
