import Fastify from 'fastify';
import { openDatabase } from '../../src/server/db/database';

// The ceiling for intake: a bare Fastify route inserting one row with pg, on the same kind of
// database (a PostgreSQL URL, or "pglite" for the embedded one served the way Fatong serves it).
const [target, port] = process.argv.slice(2) as [string, string];
const handle = await openDatabase(target === 'pglite' ? {} : { databaseUrl: target });
await handle.pool.query('create table if not exists bench_ceiling (id serial primary key, body jsonb not null)');
const app = Fastify({ logger: false });
app.post('/insert', async (request, reply) => {
  const { rows } = await handle.pool.query('insert into bench_ceiling (body) values ($1) returning id', [
    JSON.stringify(request.body),
  ]);
  reply.status(201);
  return { id: rows[0].id };
});
app.get('/ready', async () => ({ ok: true }));
await app.listen({ port: Number(port), host: '127.0.0.1' });
