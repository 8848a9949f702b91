// tokio tutorial style (channels): an enum Command with data and an impl block, a stack-calculator actor replying via oneshot
use tokio::sync::{mpsc, oneshot};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
}

#[derive(Debug)]
enum Command {
    Push(i64),
    Apply(Op),
    Peek { reply: oneshot::Sender<Option<i64>> },
    Drain { reply: oneshot::Sender<Vec<i64>> },
}

impl Command {
    fn label(&self) -> &'static str {
        match self {
            Command::Push(_) => "push",
            Command::Apply(_) => "apply",
            Command::Peek { .. } => "peek",
            Command::Drain { .. } => "drain",
        }
    }
}

impl Op {
    fn eval(self, a: i64, b: i64) -> Result<i64, String> {
        match self {
            Op::Add => Ok(a + b),
            Op::Sub => Ok(a - b),
            Op::Mul => Ok(a * b),
            Op::Div if b == 0 => Err(format!("divide {} by zero", a)),
            Op::Div => Ok(a / b),
        }
    }
}

async fn calculator(mut rx: mpsc::Receiver<Command>) -> usize {
    let mut stack: Vec<i64> = Vec::new();
    let mut handled = 0;
    while let Some(cmd) = rx.recv().await {
        handled += 1;
        let label = cmd.label();
        match cmd {
            Command::Push(v) => stack.push(v),
            Command::Apply(op) => {
                let b = stack.pop().unwrap_or(0);
                let a = stack.pop().unwrap_or(0);
                match op.eval(a, b) {
                    Ok(v) => stack.push(v),
                    Err(e) => {
                        println!("error in {}: {}", label, e);
                        stack.push(a);
                    }
                }
            }
            Command::Peek { reply } => {
                let _ = reply.send(stack.last().copied());
            }
            Command::Drain { reply } => {
                let _ = reply.send(std::mem::take(&mut stack));
            }
        }
    }
    handled
}

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel(8);
    let actor = tokio::spawn(calculator(rx));

    for c in [Command::Push(6), Command::Push(7), Command::Apply(Op::Mul), Command::Push(2), Command::Apply(Op::Sub)] {
        tx.send(c).await.unwrap();
    }
    let (rtx, rrx) = oneshot::channel();
    tx.send(Command::Peek { reply: rtx }).await.unwrap();
    println!("top = {:?}", rrx.await.unwrap());

    for c in [Command::Push(0), Command::Apply(Op::Div), Command::Push(-5), Command::Push(3), Command::Apply(Op::Div), Command::Push(10), Command::Apply(Op::Add)] {
        tx.send(c).await.unwrap();
    }
    let (rtx, rrx) = oneshot::channel();
    tx.send(Command::Drain { reply: rtx }).await.unwrap();
    println!("stack = {:?}", rrx.await.unwrap());

    let (rtx, rrx) = oneshot::channel();
    tx.send(Command::Peek { reply: rtx }).await.unwrap();
    println!("after drain top = {:?}", rrx.await.unwrap());
    drop(tx);
    println!("handled {} commands", actor.await.unwrap());
}
