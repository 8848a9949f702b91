// rust book ch.15 style: Rc<RefCell<..>> shared graph on a LocalSet; a mutable borrow while a borrow is alive panics (exit 101)
use std::cell::RefCell;
use std::rc::Rc;
use tokio::task::LocalSet;

#[derive(Debug)]
struct Node {
    name: String,
    children: Vec<Rc<RefCell<Node>>>,
    visits: u32,
}

fn node(name: &str) -> Rc<RefCell<Node>> {
    Rc::new(RefCell::new(Node { name: name.into(), children: vec![], visits: 0 }))
}

fn visit(n: &Rc<RefCell<Node>>, depth: usize) {
    let me = n.borrow();
    println!("{}{}", "  ".repeat(depth), me.name);
    for c in &me.children {
        c.borrow_mut().visits += 1;
        visit(c, depth + 1);
    }
}

fn main() {
    let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let local = LocalSet::new();
    let root = node("root");
    let a = node("a");
    let b = node("b");
    a.borrow_mut().children.push(node("a1"));
    root.borrow_mut().children.push(a.clone());
    root.borrow_mut().children.push(b.clone());

    local.block_on(&rt, async {
        let r = root.clone();
        tokio::task::spawn_local(async move {
            visit(&r, 0);
        })
        .await
        .unwrap();
        println!("a visits {} rc {}", a.borrow().visits, Rc::strong_count(&a));
        println!("root has {} children", root.borrow().children.len());
    });

    b.borrow_mut().children.push(root.clone());
    println!("made a cycle through b; strong count of root {}", Rc::strong_count(&root));
    let b_ref = b.borrow();
    println!("b children {}", b_ref.children.len());
    visit(&root, 0);
    println!("not reached");
}
