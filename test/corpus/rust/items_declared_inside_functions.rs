// Items declared inside a function body: a `use` of a Tokio function, a struct with an impl, a helper fn, a const.
use std::time::Duration;

#[tokio::main]
async fn main() {
    use tokio::time::timeout;

    const LIMIT: u32 = 3;

    #[derive(Debug)]
    struct Job {
        id: u32,
    }

    impl Job {
        fn label(&self) -> String {
            format!("job-{}", self.id)
        }
    }

    fn double(n: u32) -> u32 {
        n * 2
    }

    let jobs: Vec<Job> = (1..=LIMIT).map(|id| Job { id }).collect();
    let labels: Vec<String> = jobs.iter().map(|j| j.label()).collect();
    println!("{:?} {:?}", labels, jobs[0]);
    let answer = timeout(Duration::from_millis(50), async { double(21) }).await;
    println!("{:?}", answer);
}
