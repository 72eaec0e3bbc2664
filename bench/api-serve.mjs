// Our GraphQL service as production runs it (compiled by `npm run build`, no tsx), on a bench
// database, alone in its process so its memory and CPU time can be read:
//   node bench/api-serve.mjs <database url> <port>
import '../dist/heap.js';
import { createServer } from 'node:http';
import { createApp } from '../dist/app.js';
import { loadConfig } from '../dist/config.js';
import { apiDbOptions, createDb } from '../dist/db/client.js';
import { createLogger } from '../dist/logger.js';

const [url, port] = process.argv.slice(2);
const config = loadConfig({ ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent' });
let statements = 0;
const db = createDb(url, {
  ...apiDbOptions(config),
  onQuery: () => {
    statements++;
  },
});
const app = createApp({ db, config, log: createLogger('silent') });
// GET /statements: how many SQL statements the service has sent so far, for the per-request count.
const server = createServer((req, res) => (req.url === '/statements' ? res.end(String(statements)) : app(req, res)));
server.listen(Number(port), '127.0.0.1', () => console.log('ready'));
