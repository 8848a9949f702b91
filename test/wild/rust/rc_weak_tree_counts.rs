// Rust book ch.15 style, std only: a tree with Rc<Node> children and Weak parent links in RefCell, strong_count/weak_count at each step, upgrade() failing after the parent is dropped, Drop printing the order nodes are freed, and a reference cycle broken by making one side Weak
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    name: String,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

impl Node {
    fn new(name: &str) -> Rc<Node> {
        Rc::new(Node {
            name: name.into(),
            parent: RefCell::new(Weak::new()),
            children: RefCell::new(vec![]),
        })
    }

    fn add_child(parent: &Rc<Node>, child: Rc<Node>) {
        *child.parent.borrow_mut() = Rc::downgrade(parent);
        parent.children.borrow_mut().push(child);
    }

    fn path(&self) -> String {
        match self.parent.borrow().upgrade() {
            Some(p) => format!("{}/{}", p.path(), self.name),
            None => self.name.clone(),
        }
    }

    fn depth_sum(node: &Rc<Node>, depth: usize) -> usize {
        depth
            + node
                .children
                .borrow()
                .iter()
                .map(|c| Node::depth_sum(c, depth + 1))
                .sum::<usize>()
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn counts(label: &str, n: &Rc<Node>) {
    println!(
        "{:<22} strong={} weak={}",
        label,
        Rc::strong_count(n),
        Rc::weak_count(n)
    );
}

struct Owner {
    name: &'static str,
    gadgets: RefCell<Vec<Weak<Gadget>>>,
}
struct Gadget {
    id: u32,
    owner: Rc<Owner>,
}
impl Drop for Owner {
    fn drop(&mut self) {
        println!("drop owner {}", self.name);
    }
}
impl Drop for Gadget {
    fn drop(&mut self) {
        println!("drop gadget {}", self.id);
    }
}

fn main() {
    let leaf = Node::new("leaf");
    counts("leaf alone", &leaf);
    {
        let branch = Node::new("branch");
        Node::add_child(&branch, leaf.clone());
        counts("leaf in branch", &leaf);
        counts("branch", &branch);
        let root = Node::new("root");
        Node::add_child(&root, branch.clone());
        Node::add_child(&root, Node::new("sibling"));
        Node::add_child(&branch, Node::new("twig"));
        println!("path: {}", leaf.path());
        println!("depth sum: {}", Node::depth_sum(&root, 0));
        counts("root", &root);
        counts("branch in root", &branch);
        println!("leaving scope");
    }
    counts("leaf after scope", &leaf);
    println!("parent alive: {}", leaf.parent.borrow().upgrade().is_some());
    println!("path now: {}", leaf.path());

    let weak_leaf = Rc::downgrade(&leaf);
    let second = leaf.clone();
    drop(leaf);
    println!(
        "after dropping one handle: upgrade={} strong={}",
        weak_leaf.upgrade().is_some(),
        Rc::strong_count(&second)
    );
    drop(second);
    println!(
        "after the last: upgrade={} strong={}",
        weak_leaf.upgrade().is_some(),
        weak_leaf.strong_count()
    );

    let owner = Rc::new(Owner {
        name: "gizmo co",
        gadgets: RefCell::new(vec![]),
    });
    let g1 = Rc::new(Gadget {
        id: 1,
        owner: owner.clone(),
    });
    let g2 = Rc::new(Gadget {
        id: 2,
        owner: owner.clone(),
    });
    owner.gadgets.borrow_mut().push(Rc::downgrade(&g1));
    owner.gadgets.borrow_mut().push(Rc::downgrade(&g2));
    println!(
        "owner strong={} weak={}",
        Rc::strong_count(&owner),
        Rc::weak_count(&owner)
    );
    drop(owner);
    println!("gadget 2 belongs to {}", g2.owner.name);
    drop(g1);
    let alive: Vec<u32> = g2
        .owner
        .gadgets
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .map(|g| g.id)
        .collect();
    println!("gadgets still alive: {:?}", alive);
    drop(g2);
    println!("end of main");
}
