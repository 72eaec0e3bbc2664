import { extract } from '../src/extract/index.js';
for (const t of process.argv.slice(2)) {
  const r = extract(t.replace(/\\n/g, '\n'));
  console.log('>>', t.slice(0, 70));
  for (const q of r.quotes) console.log('  ', q.kind, '|', q.speaker.name, '|', q.speaker.mention?.text, '|', q.cue?.text, '|', q.text.slice(0, 60), '|', q.confidence.toFixed(2));
}
