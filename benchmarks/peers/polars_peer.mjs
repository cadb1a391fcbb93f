// Polars peer (nodejs-polars): load the benchmark CSV with typed columns, deriving the year at load, and sum value
// by partner, year and flow; prints key=value timings. Threads: POLARS_MAX_THREADS (read once, at start-up).
import pl from 'nodejs-polars';
import { createRequire } from 'node:module';

const [path, repeatsText] = process.argv.slice(2);
const repeats = Number(repeatsText ?? 5);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;

const load = () => pl.readCSV(path, {
  hasHeader: true,
  dtypes: {
    reporter: pl.Utf8, partner: pl.Utf8, period: pl.Utf8, flow: pl.Utf8,
    commodity: pl.Utf8, value: pl.Int64, currency: pl.Utf8,
  },
}).withColumns(pl.col('period').str.slice(0, 4).cast(pl.Int16).alias('year'));

const loads = [];
let df = null;
for (let i = 0; i < Math.max(2, Math.floor(repeats / 2)); i++) {
  df = null;
  const start = process.hrtime.bigint();
  df = load();
  loads.push(seconds(start));
}

const times = [];
let result = null;
for (let i = 0; i < repeats + 1; i++) {
  const start = process.hrtime.bigint();
  result = df.groupBy(['partner', 'year', 'flow']).agg(pl.col('value').sum());
  const elapsed = seconds(start);
  if (i > 0) times.push(elapsed);
}

const version = createRequire(import.meta.url)('nodejs-polars/package.json').version;
console.log(`rows=${df.height}`);
console.log(`threads=${process.env.POLARS_MAX_THREADS ?? 'all'}`);
console.log(`load_s=${median(loads).toFixed(3)} load_best_s=${Math.min(...loads).toFixed(3)}`);
console.log(`groupby_s=${median(times).toFixed(4)} groupby_best_s=${Math.min(...times).toFixed(4)}`);
console.log(`groups=${result.height}`);
console.log(`checksum=${result.getColumn('value').sum()}`);
console.log(`version=${version}`);
