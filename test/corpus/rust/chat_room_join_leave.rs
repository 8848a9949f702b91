// A broadcast chat room: each member subscribes before its join notice, sees the messages sent
// while it is in the room, stops at its own leave notice (or when the room closes), and the
// transcripts are printed per member in join order.
use tokio::sync::broadcast;
use tokio::task::JoinHandle;

#[derive(Clone, Debug)]
enum Event {
    Joined(String),
    Said { from: String, text: String },
    Left(String),
}

fn render(event: &Event) -> String {
    match event {
        Event::Joined(name) => format!("* {} joined", name),
        Event::Said { from, text } => format!("<{}> {}", from, text),
        Event::Left(name) => format!("* {} left", name),
    }
}

fn join_room(room: &broadcast::Sender<Event>, name: &str) -> JoinHandle<Vec<String>> {
    let mut inbox = room.subscribe();
    let me = name.to_string();
    tokio::spawn(async move {
        let mut transcript = Vec::new();
        loop {
            match inbox.recv().await {
                Ok(Event::Left(who)) if who == me => break,
                Ok(event) => transcript.push(render(&event)),
                Err(broadcast::error::RecvError::Lagged(n)) => transcript.push(format!("(missed {})", n)),
                Err(broadcast::error::RecvError::Closed) => {
                    transcript.push("(room closed)".to_string());
                    break;
                }
            }
        }
        transcript
    })
}

fn say(room: &broadcast::Sender<Event>, from: &str, text: &str) {
    room.send(Event::Said { from: from.to_string(), text: text.to_string() }).unwrap();
}

#[tokio::main]
async fn main() {
    let (room, _) = broadcast::channel::<Event>(16);
    let mut members = Vec::new();

    members.push(("alice", join_room(&room, "alice")));
    let reached = room.send(Event::Joined("alice".into())).unwrap();
    println!("alice's join notice reached {} member(s)", reached);
    members.push(("bob", join_room(&room, "bob")));
    println!("bob's join notice reached {}", room.send(Event::Joined("bob".into())).unwrap());
    say(&room, "alice", "hi bob");
    say(&room, "bob", "hello alice");
    room.send(Event::Left("alice".into())).unwrap();
    members.push(("carol", join_room(&room, "carol")));
    room.send(Event::Joined("carol".into())).unwrap();
    say(&room, "carol", "did I miss anything?");
    room.send(Event::Left("bob".into())).unwrap();
    say(&room, "carol", "guess not");
    drop(room);

    for (name, handle) in members {
        let transcript = handle.await.unwrap();
        println!("--- {} saw {} line(s)", name, transcript.len());
        for line in &transcript {
            println!("    {}", line);
        }
    }
}
