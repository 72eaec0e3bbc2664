import { extract } from '../src/extract/index.js';
for (const t of process.argv.slice(2)) {
  const r = extract('Title\n\n' + t);
  console.log('>>', r.entities.map((e) => `${e.type}:${e.name}`).join('; '));
}
