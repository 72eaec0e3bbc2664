// Our GraphQL service on a bench database, alone in its process so its memory can be read:
//   tsx bench/api-serve.ts <database url> <port>
import { createServer } from 'node:http';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createDb } from '../src/db/client.js';
import { createLogger } from '../src/logger.js';

const [url, port] = process.argv.slice(2);
const config = loadConfig({ ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent' });
const db = createDb(url!, { statementTimeoutMs: config.STATEMENT_TIMEOUT_MS });
const server = createServer(createApp({ db, config, log: createLogger('silent') }));
server.listen(Number(port), '127.0.0.1', () => console.log('ready'));
