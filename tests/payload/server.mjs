// The Payload test bed: Payload's REST API (handleEndpoints, no Next.js) on a node:http
// server, over a fresh SQLite database, seeded, on 127.0.0.1.
//
//   node server.mjs --db DIR/db.sqlite --id-type number|uuid --api-key KEY [--password PW]
//                   --seed seed.json [--ready-fd N]
//
// Listens on a free port and, once it answers, writes one JSON line to file descriptor N
// (default 1, stdout; Payload and drizzle-kit write their own lines to stdout too):
// {"url": "http://127.0.0.1:<port>/api", "ids": {"<seed key>": <id>, ...}}. Exits on SIGTERM,
// SIGINT or when stdin closes, so a test run that dies takes the server with it.
import { readFileSync, writeSync } from 'node:fs'
import { createServer } from 'node:http'
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { buildConfig, getPayload, handleEndpoints } from 'payload'

import { collections } from './collections.mjs'

const { values: args } = parseArgs({
  options: {
    'api-key': { type: 'string' },
    db: { type: 'string' },
    password: { type: 'string' },
    'id-type': { type: 'string', default: 'number' },
    'ready-fd': { type: 'string', default: '1' },
    seed: { type: 'string' },
  },
})
for (const name of ['api-key', 'db', 'seed']) {
  if (!args[name]) throw new Error(`--${name} is required`)
}
if (!['number', 'uuid'].includes(args['id-type'])) throw new Error('--id-type: number or uuid')

const config = await buildConfig({
  collections,
  // A throwaway database: no fsync, which would cost most of the seeding time.
  db: sqliteAdapter({
    client: { url: `file:${args.db}` },
    idType: args['id-type'],
    wal: { synchronous: 'OFF' },
  }),
  graphQL: { disable: true },
  logger: { options: { level: 'warn' } },
  secret: randomBytes(32).toString('hex'),
  telemetry: false,
  typescript: { autoGenerate: false },
})
const payload = await getPayload({ config })

// The seed: documents in order, each `{collection, key, data}`; `{"$key": k}` anywhere in
// data stands for the id of the document seeded under k. The user owning the API key comes
// first (sdk@example.com; its password logs in for a JWT).
const user = await payload.create({
  collection: 'users',
  data: {
    email: 'sdk@example.com',
    password: args.password ?? randomBytes(16).toString('hex'),
    enableAPIKey: true,
    apiKey: args['api-key'],
  },
})
const ids = { user: user.id }
const resolve = (value) => {
  if (Array.isArray(value)) return value.map(resolve)
  if (value && typeof value === 'object') {
    if ('$key' in value) {
      if (!(value.$key in ids)) throw new Error(`seed: no document under key ${value.$key}`)
      return ids[value.$key]
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]))
  }
  return value
}
for (const { collection, key, data } of JSON.parse(readFileSync(args.seed, 'utf8'))) {
  const doc = await payload.create({ collection, data: resolve(data), depth: 0, user, overrideAccess: true })
  if (key) ids[key] = doc.id
}

const server = createServer(async (incoming, outgoing) => {
  try {
    const chunks = []
    for await (const chunk of incoming) chunks.push(chunk)
    const body = chunks.length ? Buffer.concat(chunks) : undefined
    const request = new Request(`http://${incoming.headers.host}${incoming.url}`, {
      method: incoming.method,
      headers: Object.entries(incoming.headers).flatMap(([name, value]) =>
        Array.isArray(value) ? value.map((v) => [name, v]) : [[name, value]],
      ),
      body: ['GET', 'HEAD'].includes(incoming.method) ? undefined : body,
    })
    const response = await handleEndpoints({ config, request })
    const payloadBytes = Buffer.from(await response.arrayBuffer())
    outgoing.writeHead(response.status, Object.fromEntries(response.headers))
    outgoing.end(payloadBytes)
  } catch (error) {
    console.error(error)
    outgoing.writeHead(500, { 'content-type': 'text/plain' })
    outgoing.end('test bed error')
  }
})
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address()
  writeSync(Number(args['ready-fd']), JSON.stringify({ url: `http://127.0.0.1:${port}/api`, ids }) + '\n')
})

const stop = () => server.close(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
process.stdin.on('end', stop)
process.stdin.resume()
