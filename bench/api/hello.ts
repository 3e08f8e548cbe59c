/**
 * The ceiling the api is measured against (bench/api/run.ts): a bare Hono app on the same Node adapter
 * answering a fixed body, in a process of its own like the api's.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono().get('/hello', (c) => c.text('hello'));
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT) });
