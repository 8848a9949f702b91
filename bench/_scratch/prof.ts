import { loadChan2ts } from '../impls/chan2ts-api.js';
import { chan2tsImpl } from '../impls/chan2ts.js';
import { floorImpl } from '../impls/floor.js';
const rt = await loadChan2ts();
const which = process.argv[2] ?? 'spsc';
const implName = process.argv[3] ?? 'chan2ts';
const impl = implName === 'floor' ? floorImpl : chan2tsImpl(rt);
const n = Number(process.argv[4] ?? 1_000_000);
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  let sum = 0;
  if (which === 'spsc') sum = await impl.spsc!(n, 128);
  else if (which === 'pp') sum = await impl.pingPong!(n / 5);
  else if (which === 'fanin0') sum = await impl.fanIn!(n, 100, 0);
  else if (which === 'fanin128') sum = await impl.fanIn!(n, 100, 128);
  else if (which === 'select') sum = await impl.select4!(n);
  const t = performance.now() - t0;
  const cu = process.cpuUsage();
  console.log(which, implName, (n / t * 1000 / 1e6).toFixed(2), 'M/s', sum);
}
