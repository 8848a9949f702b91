// watch: receivers see the latest value; changes sent while nobody looked coalesce into one.
// A watcher task prints each config it sees and acknowledges it on an mpsc channel, so every
// update below is seen exactly once.
import { format, mpsc, println, runMain, spawn, unwrap, watch } from '../../../runtime/src/tokio/index.js';

/** #[derive(Debug, Clone, PartialEq)] */
class Config {
  constructor(
    public name: string,
    public retries: number,
    public verbose: boolean,
  ) {}

  clone(): Config {
    return new Config(this.name, this.retries, this.verbose);
  }
}

runMain(async () => {
  const [tx, rx] = watch.channel(new Config('default', 1, false));
  println('initial: {:?}', [rx.borrow()]);
  println('changed before any send: {:?}', [rx.hasChanged()]);

  tx.send(new Config('v2', 2, false)).unwrap();
  tx.send(new Config('v3', 3, true)).unwrap();
  println('changed after two sends: {:?}', [rx.hasChanged()]);
  println('seen: {:?}', [rx.borrowAndUpdate()]);
  println('changed after borrow_and_update: {:?}', [rx.hasChanged()]);

  const [ackTx, ackRx] = mpsc.channel<number>(1);
  const watcher = spawn(async () => {
    try {
      let seen = 0;
      while ((await rx.changed()).isOk()) {
        const config = rx.borrow().clone();
        seen += 1;
        println('watcher sees {:?} (retries {})', [config.name, config.retries]);
        (await ackTx.send(config.retries)).unwrap();
      }
      println('watcher: sender dropped after {} changes', [seen]);
      return seen;
    } finally {
      rx.drop();
      ackTx.drop();
    }
  });

  for (let retries = 4; retries <= 6; retries++) {
    tx.send(new Config(format('v{}', [retries]), retries, retries % 2 === 0)).unwrap();
    const acked = unwrap(await ackRx.recv());
    println('main: watcher acknowledged retries {}', [acked]);
  }
  tx.sendModify((config) => {
    config.verbose = !config.verbose;
    return config;
  });
  unwrap(await ackRx.recv());
  const old = tx.sendReplace(new Config('final', 9, false));
  unwrap(await ackRx.recv());
  println('replaced {:?}', [old]);

  tx.drop();
  println('watcher saw {} changes', [(await watcher).unwrap()]);
  println('acks left: {:?}', [await ackRx.recv()]);

  const [tx3, rx3] = watch.channel(0);
  rx3.drop();
  println('send without receivers: {:?}', [tx3.send(1)]);
  println('value kept anyway: {}', [tx3.borrow()]);
});
