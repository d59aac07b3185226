// Writes FSRS-6 reference vectors made with ts-fsrs (pinned in package.json), for
// org.factdrill.study.SchedulerVectorsTest. Run again only when the parameters change:
//   npm install && npm run vectors
// Deterministic: the sequences come from a seeded generator, and fuzz is off.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fsrs, createEmptyCard, generatorParameters, State, Rating } from 'ts-fsrs';

const out = process.argv[2] ?? 'vectors.json';
const SEQUENCES = 400;

// mulberry32: a small seeded generator, so the same script always writes the same file.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(20261207);
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const MIN = 60_000;
const DAY = 86_400_000;

// A rating as a learner gives them: mostly Good, some Again, Hard and Easy.
function rating() {
  const x = random();
  return x < 0.2 ? Rating.Again : x < 0.35 ? Rating.Hard : x < 0.85 ? Rating.Good : Rating.Easy;
}

// The wait before the next review: at the due time, early, late, same day, or a long lapse.
function gap(card, now) {
  const untilDue = Math.max(0, card.due.getTime() - now);
  switch (pick(['due', 'due', 'early', 'late', 'sameDay', 'minutes', 'lapse'])) {
    case 'due': return untilDue + Math.floor(random() * 6 * 60) * MIN;
    case 'early': return Math.floor(untilDue * random());
    case 'late': return untilDue + Math.floor(random() * 40 * DAY);
    case 'sameDay': return Math.floor(random() * 8 * 60) * MIN;
    case 'minutes': return Math.floor(random() * 30) * MIN;
    default: return untilDue + (100 + Math.floor(random() * 500)) * DAY;
  }
}

const view = (c) => ({
  state: State[c.state].toUpperCase(),
  due: c.due.toISOString(),
  stability: c.stability,
  difficulty: c.difficulty,
  elapsedDays: c.elapsed_days,
  scheduledDays: c.scheduled_days,
  reps: c.reps,
  lapses: c.lapses,
  learningStep: c.learning_steps,
  lastReview: c.last_review ? c.last_review.toISOString() : null,
});

const sequences = [];
for (let i = 0; i < SEQUENCES; i++) {
  const retention = i % 10 === 9 ? pick([0.8, 0.85, 0.95]) : 0.9;
  const scheduler = fsrs(generatorParameters({ request_retention: retention, enable_fuzz: false }));
  // Starts at any minute of 2024-2026, so reviews cross midnights, month ends and leap days.
  let now = Date.UTC(2024, 0, 1) + Math.floor(random() * 3 * 365 * 24 * 60) * MIN;
  let card = createEmptyCard(new Date(now));
  const start = new Date(now).toISOString();
  const reviews = [];
  const length = 2 + Math.floor(random() * 24);
  for (let k = 0; k < length; k++) {
    if (k > 0) now += gap(card, now);
    const r = rating();
    card = scheduler.next(card, new Date(now), r).card;
    reviews.push({ at: new Date(now).toISOString(), rating: Rating[r].toUpperCase(), card: view(card) });
  }
  sequences.push({ retention, start, reviews });
}

const doc = {
  madeWith: 'ts-fsrs ' + (await import('ts-fsrs')).FSRSVersion,
  parameters: 'ts-fsrs defaults (FSRS-6 default weights, learning steps 1m 10m, relearning step 10m, fuzz off) and the retention given per sequence',
  sequences,
};
mkdirSync(dirname(out), { recursive: true });
// One review a line: small enough to diff, and a failing test's line is easy to find.
const lines = [];
lines.push('{"madeWith": ' + JSON.stringify(doc.madeWith) + ', "parameters": ' + JSON.stringify(doc.parameters) + ', "sequences": [');
sequences.forEach((s, i) => {
  lines.push(' {"retention": ' + s.retention + ', "start": "' + s.start + '", "reviews": [');
  s.reviews.forEach((r, k) => lines.push('  ' + JSON.stringify(r) + (k < s.reviews.length - 1 ? ',' : '')));
  lines.push(' ]}' + (i < sequences.length - 1 ? ',' : ''));
});
lines.push(']}');
writeFileSync(out, lines.join('\n') + '\n');
console.log(`wrote ${sequences.length} sequences, ${sequences.reduce((n, s) => n + s.reviews.length, 0)} reviews to ${out}`);
