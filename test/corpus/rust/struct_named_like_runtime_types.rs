// structs named as the runtime's exports (`Handle`, `Notify`): written by their names in parameters, returns, collections and `{:?}`
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
struct Handle {
    fd: u32,
    path: String,
}

#[derive(Debug)]
struct Notify<T> {
    to: String,
    body: T,
}

struct FileTable {
    open: HashMap<u32, Handle>,
    next: u32,
}

impl FileTable {
    fn new() -> Self {
        FileTable { open: HashMap::new(), next: 3 }
    }

    fn open(&mut self, path: &str) -> Handle {
        let handle = Handle { fd: self.next, path: path.to_string() };
        self.next += 1;
        self.open.insert(handle.fd, handle.clone());
        handle
    }

    fn get(&self, fd: u32) -> Option<&Handle> {
        self.open.get(&fd)
    }

    fn close(&mut self, handle: Handle) -> Notify<Handle> {
        self.open.remove(&handle.fd);
        Notify { to: "log".to_string(), body: handle }
    }
}

fn main() {
    let mut table = FileTable::new();
    let a = table.open("/etc/hosts");
    let b = table.open("/tmp/out.txt");
    println!("{:?}", a);
    println!("fd 4 -> {:?}, fd 9 -> {:?}", table.get(4).map(|h| &h.path), table.get(9));
    let note = table.close(a.clone());
    println!("{:?}", note);
    println!("{} -> closed {}", note.to, note.body.path);
    let mut left: Vec<&Handle> = table.open.values().collect();
    left.sort_by_key(|h| h.fd);
    println!("still open: {:?}, same as b: {}", left, left[0] == &b);
    let counts: Notify<usize> = Notify { to: "stats".into(), body: table.open.len() };
    println!("{counts:?}");
}
