#!/usr/bin/env node
// Interop check: every bank exported to GIFT by the built jar is parsed by the npm package
// gift-pegjs (a second, independent GIFT parser), with the same questions, in the same order,
// each with the same number of answers as the bank says.
//
// Usage: node gift-pegjs-check.cjs NODE_MODULES_DIR JAR OUT_DIR BANK.json...
// Prints one PASS/FAIL line per bank; exits 1 when any bank fails.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const [modules, jar, outDir, ...banks] = process.argv.slice(2);
if (!modules || !jar || !outDir || banks.length === 0) {
  console.error('usage: gift-pegjs-check.cjs NODE_MODULES_DIR JAR OUT_DIR BANK.json...');
  process.exit(2);
}
const { parse } = createRequire(path.resolve(modules, 'x.js'))('gift-pegjs');
fs.mkdirSync(outDir, { recursive: true });

// What gift-pegjs should see for each question of the bank: its type and how many answers.
function expected(q) {
  switch (q.type) {
    case 'multiple_choice': return { type: 'MC', answers: q.choices.length };
    case 'multi_select': return { type: 'MC', answers: q.choices.length };
    case 'short_answer': {
      const numerical = (q.accept || []).length === 0 && /^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$/.test(q.answer.trim()) && !/^-0(\.0*)?$/.test(q.answer.trim());
      return numerical ? { type: 'Numerical', answers: 1 } : { type: 'Short', answers: 1 + (q.accept || []).length };
    }
    case 'true_false': return { type: 'TF', answers: 0, isTrue: q.answer === 'true' };
    case 'matching': return { type: 'Matching', answers: q.pairs.length };
    default: return null; // ordering: GIFT cannot hold it, the writer skips it
  }
}

let failed = false;
for (const bankFile of banks) {
  const bank = JSON.parse(fs.readFileSync(bankFile, 'utf8'));
  const out = path.join(outDir, path.basename(bankFile).replace(/(\.bank)?\.json$/, '') + '.gift');
  const result = spawnSync('java', ['-jar', jar, 'export', bankFile, '--format', 'gift', '-o', out], { encoding: 'utf8' });
  if (result.status !== 0) {
    console.log(`FAIL  gift ${bankFile}: export failed (exit ${result.status}): ${result.stderr.trim()}`);
    failed = true;
    continue;
  }
  const problems = [];
  // The jar's own report of what it skipped (stderr) decides which questions to expect.
  const skipped = new Set([...result.stderr.matchAll(/skipped (q-[0-9a-f]{8}):/g)].map(m => m[1]));
  const written = Number((result.stderr.match(/wrote (\d+) question/) || [])[1]);
  const want = bank.questions.filter(q => !skipped.has(q.id));
  if (want.some(q => expected(q) === null)) problems.push('an ordering question was not reported as skipped');

  let parsed;
  try {
    parsed = parse(fs.readFileSync(out, 'utf8')).filter(q => q.type !== 'Category' && q.type !== 'Description');
  } catch (e) {
    console.log(`FAIL  gift ${bankFile}: gift-pegjs cannot parse ${out}: ${e.message}` +
      (e.location ? ` (line ${e.location.start.line})` : ''));
    failed = true;
    continue;
  }
  if (parsed.length !== want.length || parsed.length !== written) {
    problems.push(`gift-pegjs read ${parsed.length} questions, the bank has ${want.length} GIFT can hold, the jar wrote ${written}`);
  }
  let answers = 0;
  for (let i = 0; i < Math.min(parsed.length, want.length); i++) {
    const p = parsed[i];
    const q = want[i];
    const e = expected(q);
    const n = (p.choices || p.matchPairs || []).length;
    answers += n;
    if (p.title !== q.id) problems.push(`question ${i + 1}: name ${p.title}, expected ${q.id}`);
    if (p.type !== e.type) problems.push(`${q.id}: gift-pegjs type ${p.type}, expected ${e.type}`);
    if (n !== e.answers) problems.push(`${q.id}: ${n} answers, expected ${e.answers}`);
    if (e.type === 'TF' && p.isTrue !== e.isTrue) problems.push(`${q.id}: true/false answer ${p.isTrue}, expected ${e.isTrue}`);
    if (e.type === 'MC' && q.type === 'multiple_choice' && p.choices.filter(c => c.isCorrect).length !== 1) {
      problems.push(`${q.id}: not exactly one answer marked right`);
    }
    if (q.type === 'multi_select') {
      const right = p.choices.filter(c => c.weight > 0).length;
      const sum = p.choices.filter(c => c.weight > 0).reduce((s, c) => s + c.weight, 0);
      if (right !== q.answers.length || Math.abs(sum - 100) > 0.01) problems.push(`${q.id}: ${right} positive weights summing to ${sum}`);
    }
  }
  if (problems.length) {
    failed = true;
    console.log(`FAIL  gift ${bankFile}:\n      ${problems.join('\n      ')}`);
  } else {
    console.log(`PASS  gift ${bankFile}: gift-pegjs read ${parsed.length} questions and ${answers} answers (${skipped.size} skipped by the writer)`);
  }
}
process.exit(failed ? 1 : 0);
