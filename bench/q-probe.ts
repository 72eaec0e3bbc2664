import { extract } from '/work/wt/lead/src/extract/index.js';
for (const t of process.argv.slice(2)) {
  const r = extract('Title\n\n' + t);
  console.log('>>', t.slice(0, 60));
  for (const q of r.quotes) console.log('  ', q.kind, '|', q.speaker.name, '|', q.cue?.text, '|', q.text.slice(0, 70), '|', q.confidence.toFixed(2));
}
