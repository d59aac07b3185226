#!/usr/bin/env node
// Interop check: the Aiken and Blackboard files the built jar writes follow the rules their
// importers apply (see FORMATS.md): Moodle's Aiken reader and Blackboard's "Upload Questions".
//
// Usage: node aiken-blackboard-check.cjs JAR OUT_DIR BANK.json...
// Prints one PASS/FAIL line per bank and format; exits 1 when any fails.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const [jar, outDir, ...banks] = process.argv.slice(2);
if (!jar || !outDir || banks.length === 0) {
  console.error('usage: aiken-blackboard-check.cjs JAR OUT_DIR BANK.json...');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });

function exportBank(bankFile, format, out) {
  const r = spawnSync('java', ['-jar', jar, 'export', bankFile, '--format', format, '-o', out], { encoding: 'utf8' });
  const written = Number((r.stderr.match(/wrote (\d+) question/) || [])[1]);
  const skipped = new Set([...r.stderr.matchAll(/skipped (q-[0-9a-f]{8}):/g)].map(m => m[1]));
  // A bank with nothing the format can hold is refused (exit 1): that is a pass with 0 written.
  const nothing = r.status === 1 && /nothing written/.test(r.stderr);
  return { ok: r.status === 0 || nothing, written: nothing ? 0 : written, skipped, stderr: r.stderr };
}

// Moodle's Aiken reader: a question line, choices "A) text" or "A. text" in order, "ANSWER: X".
function checkAiken(text, bank, skipped) {
  const problems = [];
  const choice = /^[A-Z][).][ \t]\S/;
  if (text.length === 0) return { problems, count: 0 };
  const blocks = text.replace(/\n$/, '').split('\n\n');
  const want = bank.questions.filter(q => !skipped.has(q.id));
  if (want.some(q => q.type !== 'multiple_choice' && q.type !== 'true_false')) problems.push('a question Aiken cannot hold was not skipped');
  if (blocks.length !== want.length) problems.push(`${blocks.length} questions in the file, ${want.length} expected`);
  blocks.forEach((block, i) => {
    const lines = block.split('\n');
    const q = want[i] || {};
    if (lines.length < 4) problems.push(`question ${i + 1}: fewer than 2 choices`);
    if (choice.test(lines[0]) || lines[0].startsWith('ANSWER:')) problems.push(`question ${i + 1}: text looks like a choice`);
    const choices = lines.slice(1, -1);
    choices.forEach((c, k) => {
      if (!choice.test(c) || c.charCodeAt(0) !== 65 + k) problems.push(`question ${i + 1}: bad choice line "${c}"`);
    });
    const m = lines[lines.length - 1].match(/^ANSWER: ([A-Z])$/);
    if (!m || m[1].charCodeAt(0) - 65 >= choices.length) problems.push(`question ${i + 1}: bad ANSWER line`);
    else if (q.type === 'multiple_choice' && choices[m[1].charCodeAt(0) - 65].slice(3) !== q.answer.replace(/[\r\n\t\u2028\u2029\u0085]+/g, ' ').trim()) {
      problems.push(`${q.id}: ANSWER ${m[1]} is not "${q.answer}"`);
    }
    const expectedChoices = q.type === 'true_false' ? 2 : (q.choices || []).length;
    if (choices.length !== expectedChoices) problems.push(`${q.id}: ${choices.length} choices, expected ${expectedChoices}`);
  });
  return { problems, count: blocks.length };
}

// Blackboard upload: one row per question, tab-separated, English keywords, no blank lines.
function checkBlackboard(text, bank, skipped) {
  const problems = [];
  const rows = text.length ? text.replace(/\n$/, '').split('\n') : [];
  const want = bank.questions.filter(q => !skipped.has(q.id));
  const keyword = { multiple_choice: 'MC', multi_select: 'MA', true_false: 'TF', short_answer: 'FIB', ordering: 'ORD', matching: 'MAT' };
  if (rows.length !== want.length) problems.push(`${rows.length} rows, ${want.length} expected`);
  rows.forEach((row, i) => {
    const f = row.split('\t');
    const q = want[i] || {};
    if (f.some(x => x.trim() === '' || x.includes('\r'))) problems.push(`row ${i + 1}: an empty field or a carriage return`);
    if (f[0] !== keyword[q.type]) problems.push(`row ${i + 1}: keyword ${f[0]}, expected ${keyword[q.type]}`);
    const rest = f.slice(2);
    switch (f[0]) {
      case 'MC': case 'MA': {
        const marks = rest.filter((_, k) => k % 2 === 1);
        if (rest.length % 2 !== 0 || marks.some(m => m !== 'correct' && m !== 'incorrect')) problems.push(`row ${i + 1}: answers not in answer/correct|incorrect pairs`);
        const right = marks.filter(m => m === 'correct').length;
        if (rest.length / 2 !== q.choices.length) problems.push(`row ${i + 1}: ${rest.length / 2} answers, expected ${q.choices.length}`);
        if (f[0] === 'MC' ? right !== 1 : right !== q.answers.length) problems.push(`row ${i + 1}: ${right} marked correct`);
        break;
      }
      case 'TF': if (rest.length !== 1 || rest[0] !== q.answer) problems.push(`row ${i + 1}: TF answer ${rest[0]}, expected ${q.answer}`); break;
      case 'FIB': if (rest.length !== 1 + (q.accept || []).length) problems.push(`row ${i + 1}: ${rest.length} answers`); break;
      case 'ORD': if (rest.length !== q.answers.length) problems.push(`row ${i + 1}: ${rest.length} items`); break;
      case 'MAT': if (rest.length !== 2 * q.pairs.length) problems.push(`row ${i + 1}: ${rest.length / 2} pairs`); break;
      default: problems.push(`row ${i + 1}: unknown keyword ${f[0]}`);
    }
  });
  return { problems, count: rows.length };
}

let failed = false;
for (const bankFile of banks) {
  const bank = JSON.parse(fs.readFileSync(bankFile, 'utf8'));
  const base = path.basename(bankFile).replace(/(\.bank)?\.json$/, '');
  for (const [format, check] of [['aiken', checkAiken], ['blackboard', checkBlackboard]]) {
    const out = path.join(outDir, `${base}.${format}.txt`);
    fs.rmSync(out, { force: true });
    const e = exportBank(bankFile, format, out);
    if (!e.ok) {
      console.log(`FAIL  ${format} ${bankFile}: export failed: ${e.stderr.trim()}`);
      failed = true;
      continue;
    }
    const text = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
    const { problems, count } = check(text, bank, e.skipped);
    if (count !== e.written) problems.push(`the jar says it wrote ${e.written}, the file holds ${count}`);
    if (problems.length) {
      failed = true;
      console.log(`FAIL  ${format} ${bankFile}:\n      ${problems.join('\n      ')}`);
    } else {
      console.log(`PASS  ${format} ${bankFile}: ${count} questions follow the ${format} rules (${e.skipped.size} skipped by the writer)`);
    }
  }
}
process.exit(failed ? 1 : 0);
