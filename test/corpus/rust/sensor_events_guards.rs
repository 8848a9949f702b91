// Nested enums matched with guards and bindings (Event::Sensor(Reading::Temp { .. }) if ..,
// n @ range, | patterns), events sent by a task over a channel, and Option combinators (map,
// and_then, filter, unwrap_or, or, take, zip, is_none) on the state they build.
use tokio::sync::mpsc;

#[derive(Debug, Clone)]
enum Reading {
    Temp { room: String, celsius: f64 },
    Humidity(u8),
    Door { room: String, open: bool },
}

#[derive(Debug, Clone)]
enum Event {
    Sensor(Reading),
    Alarm(Option<String>),
    Reset,
}

fn describe(event: &Event) -> String {
    match event {
        Event::Sensor(Reading::Temp { room, celsius }) if *celsius > 30.0 => format!("{} is hot: {:.1}C", room, celsius),
        Event::Sensor(Reading::Temp { room, celsius }) => format!("{} at {}C", room, celsius),
        Event::Sensor(Reading::Humidity(h @ 0..=20)) => format!("very dry ({}%)", h),
        Event::Sensor(Reading::Humidity(h @ (80..=100))) => format!("very humid ({}%)", h),
        Event::Sensor(Reading::Humidity(h)) => format!("humidity {}%", h),
        Event::Sensor(Reading::Door { room, open: true }) if room == "vault" => "VAULT OPEN".to_string(),
        Event::Sensor(Reading::Door { room, open }) => format!("{} door {}", room, if *open { "opened" } else { "closed" }),
        Event::Alarm(Some(reason)) => format!("alarm: {}", reason),
        Event::Alarm(None) | Event::Reset => "alarm state changed".to_string(),
    }
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(3);
    tokio::spawn(async move {
        let events = vec![
            Event::Sensor(Reading::Temp { room: "lab".into(), celsius: 21.0 }),
            Event::Sensor(Reading::Humidity(15)),
            Event::Sensor(Reading::Temp { room: "attic".into(), celsius: 33.25 }),
            Event::Sensor(Reading::Door { room: "vault".into(), open: true }),
            Event::Alarm(Some("intruder".to_string())),
            Event::Sensor(Reading::Humidity(85)),
            Event::Alarm(None),
            Event::Sensor(Reading::Door { room: "kitchen".into(), open: false }),
            Event::Reset,
        ];
        for event in events {
            tx.send(event).await.unwrap();
        }
    });

    let mut hottest: Option<(String, f64)> = None;
    let mut alarm: Option<String> = None;
    let mut humidity: Option<u8> = None;
    while let Some(event) = rx.recv().await {
        println!("{}", describe(&event));
        match event {
            Event::Sensor(Reading::Temp { room, celsius }) if hottest.as_ref().map_or(true, |(_, t)| celsius > *t) => {
                hottest = Some((room, celsius))
            }
            Event::Sensor(Reading::Humidity(h)) => humidity = Some(h),
            Event::Alarm(reason) => alarm = reason.or(alarm),
            Event::Reset => println!("reset clears alarm {:?}", alarm.take()),
            _ => {}
        }
    }
    let hot_room = hottest.as_ref().filter(|(_, t)| *t > 30.0).map(|(r, _)| r.to_uppercase());
    println!("hot room: {}", hot_room.unwrap_or_else(|| "none".to_string()));
    let dryness = humidity.and_then(|h| 100u8.checked_sub(h)).map(|d| d / 10).unwrap_or(0);
    println!("dryness level {}, alarm gone: {}", dryness, alarm.is_none());
    println!("pair: {:?}", hottest.map(|(_, t)| t).zip(humidity));
}
