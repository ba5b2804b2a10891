// Writes random review histories run through ts-fsrs 5.4.1 (npm), for
// TestTSFSRS541Random: npm install ts-fsrs@5.4.1 && node gen-tsfsrs.js >
// tsfsrs-5.4.1.json. Each review is [time ms, rating, state, due ms,
// stability, difficulty, scheduled_days, learning_steps, reps, lapses,
// elapsed_days] of the card after it.
const { fsrs, createEmptyCard } = require('ts-fsrs');
console.debug = () => {};
// deterministic PRNG for scenario generation
let seed = 12345;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function pick(a) { return a[Math.floor(rnd() * a.length)]; }
const w5 = [0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621];
const variants = [
  {},
  { enable_fuzz: true },
  { enable_short_term: false },
  { enable_short_term: false, enable_fuzz: true },
  { request_retention: 0.8 },
  { request_retention: 0.95, enable_fuzz: true },
  { learning_steps: [], relearning_steps: [] },
  { learning_steps: ['1m'], relearning_steps: ['10m', '20m'] },
  { learning_steps: ['5m', '1d', '3d'], relearning_steps: ['1h'] },
  { maximum_interval: 30, enable_fuzz: true },
  { maximum_interval: 30 },
  { w: w5 },
  { w: w5, enable_fuzz: true, learning_steps: ['2m', '15m', '1h'] },
  { request_retention: 0.7, relearning_steps: ['10m', '30m', '2h'], enable_fuzz: true },
  { w: [0.4,0.6,2.4,5.8,4.93,0.94,0.86,0.01,1.49,0.14,0.94,2.18,0.05,0.34,1.26,0.29,2.61] },
  { w: [0.212,1.2931,2.3065,8.2956,6.4133,0.8334,3.0194,0.001,1.8722,0.1666,0.796,1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,1.9,1.5,0.0658,0.1542], relearning_steps: ['5m','10m','20m'] },
  { request_retention: 0.97, learning_steps: ['10m'], enable_short_term: false },
];
const out = [];
for (let vi = 0; vi < variants.length; vi++) {
  for (let rep = 0; rep < 3; rep++) {
    const v = variants[vi];
    const f = fsrs(v);
    const start = Date.UTC(2024, 0, 1) + Math.floor(rnd() * 365 * 86400000);
    let card = createEmptyCard(new Date(start));
    let now = start;
    const steps = [];
    for (let i = 0; i < 25; i++) {
      const g = pick([1, 2, 3, 3, 3, 4]);
      const mode = pick(['due', 'due', 'late', 'early', 'same', 'minutes', 'midnight']);
      let t = now;
      const due = card.due.getTime();
      if (i === 0) t = start;
      else if (mode === 'due') t = Math.max(due, now);
      else if (mode === 'late') t = Math.max(due, now) + Math.floor(rnd() * 20 * 86400000);
      else if (mode === 'early') t = now + Math.floor(rnd() * Math.max(due - now, 1));
      else if (mode === 'same') t = now + Math.floor(rnd() * 3600000);
      else if (mode === 'midnight') { const d = new Date(now); t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1) - 60000 + Math.floor(rnd()*120000); if (t < now) t = now; }
      else t = now + Math.floor(rnd() * 3 * 86400000);
      const rec = f.next(card, new Date(t), g);
      card = rec.card;
      now = t;
      steps.push([t, g, card.state, card.due.getTime(), card.stability, card.difficulty,
        card.scheduled_days, card.learning_steps, card.reps, card.lapses, card.elapsed_days]);
    }
    out.push({ params: v, reviews: steps });
  }
}
process.stdout.write('[\n' + out.map(c => JSON.stringify(c)).join(',\n') + '\n]\n');
