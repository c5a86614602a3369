import fs from 'node:fs';
import Fastify from 'fastify';

// The ceiling: a bare Fastify handler answering the same JSON from memory.
const body = fs.readFileSync(process.argv[2] as string, 'utf8');
const app = Fastify({ logger: false });
app.get('/api/v1/divisions', async (_request, reply) => reply.type('application/json; charset=utf-8').send(body));
await app.listen({ port: Number(process.argv[3]), host: '127.0.0.1' });
process.stdout.write('ready\n');
