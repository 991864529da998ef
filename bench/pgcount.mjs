// A TCP proxy in front of PostgreSQL that counts the SQL statements each client sends, so that bench/run.sh can say
// how many statements one GraphQL request takes, for cityplan and PostGraphile alike, without pg_stat_statements
// (which needs shared_preload_libraries and a server restart). It reads the frontend protocol only: a simple Query
// counts once, an extended-protocol Execute counts once for the statement its portal was bound to. Transaction
// control (BEGIN, COMMIT, ROLLBACK, SET, SHOW, SAVEPOINT, ...) and empty queries (connection checks) are counted
// apart. Clients must not use TLS (sslmode=disable): an encrypted stream cannot be read.
//
// With --record, it also keeps every statement it counts for the named clients, with the values bound to it, for
// bench/explain.mjs. A value comes as the client sent it: text-format values as they are; binary ones decoded into
// PostgreSQL's text form by the type the Parse message declared (cityplan's pgjdbc sends strings as text varchar and
// integers as binary int4; int2, int8, floats, bool, numeric, date, timestamp, uuid and one-dimensional arrays of
// those are read too), and left as hex, marked, when the type is another.
//
// Usage: node bench/pgcount.mjs CONTROL_PORT NAME=LISTEN_PORT ... [--upstream HOST:PORT] [--log FILE]
//                              [--record NAME,...]
//   GET http://127.0.0.1:CONTROL_PORT/counts answers { NAME: { statements, control, byText: { text: n } } }.
//   GET http://127.0.0.1:CONTROL_PORT/statements/NAME?since=K answers { next, statements: [...] }: the statements
//   recorded for NAME from the K-th on (0-based), each { text, types: [oid], params: [{ format, value, decoded }],
//   prepared }, where value is null for SQL NULL and decoded is false for a binary value of a type it cannot read (hex
//   then), and prepared says that the client prepared the statement on the server (a named statement, which
//   PostgreSQL may run with a generic plan) rather than sending it unnamed (planned for its values).
import { appendFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { connect, createServer } from 'node:net';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i < 0 ? fallback : args.splice(i, 2)[1];
};
const [upstreamHost, upstreamPort] = option('--upstream', '127.0.0.1:5432').split(':');
const logFile = option('--log', null);
const recorded = Object.fromEntries((option('--record', '') || '').split(',').filter(Boolean).map((n) => [n, []]));
const controlPort = Number(args.shift());
const counts = {};

const CONTROL = /^\s*(begin|commit|rollback|start\s+transaction|end|set\s|show\s|savepoint|release|reset|discard|deallocate)/i;
const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;

function count(name, text, bound) {
  const c = counts[name];
  if (text.trim() === '' || CONTROL.test(text)) {
    c.control++;
    return;
  }
  c.statements++;
  recorded[name]?.push({ text, types: bound?.types ?? [], params: bound?.params ?? [], prepared: bound?.prepared ?? false });
  const key = text.replace(/\s+/g, ' ').trim().slice(0, 160);
  c.byText[key] = (c.byText[key] ?? 0) + 1;
  if (logFile) appendFileSync(logFile, `${name}\t${key}\n`);
}

const cstring = (buf, at) => {
  const end = buf.indexOf(0, at);
  return [buf.toString('utf8', at, end), end + 1];
};

// --- parameter values -----------------------------------------------------------------------------------------

const POSTGRES_EPOCH_MS = Date.UTC(2000, 0, 1);
const ARRAY_ELEMENT = { 1000: 16, 1005: 21, 1007: 23, 1016: 20, 1021: 700, 1022: 701, 1231: 1700, 1009: 25, 1015: 1043,
  1014: 1042, 1182: 1082, 1115: 1114, 1185: 1184, 2951: 2950 };

/** PostgreSQL's binary numeric: ndigits, weight, sign, dscale, then base-10000 digits. */
function numeric(buf) {
  const ndigits = buf.readInt16BE(0);
  const weight = buf.readInt16BE(2);
  const sign = buf.readUInt16BE(4);
  const dscale = buf.readUInt16BE(6);
  if (sign === 0xc000) return 'NaN';
  if (sign === 0xd000) return 'Infinity';
  if (sign === 0xf000) return '-Infinity';
  const digits = Array.from({ length: ndigits }, (_, i) => buf.readInt16BE(8 + 2 * i));
  let integer = '';
  for (let i = 0; i <= weight; i++) integer += String(digits[i] ?? 0).padStart(i === 0 ? 1 : 4, '0');
  let fraction = '';
  for (let i = weight + 1; fraction.length < dscale; i++) {
    fraction += i < 0 ? '0000' : String(digits[i] ?? 0).padStart(4, '0');
  }
  const text = (integer.replace(/^0+(?=\d)/, '') || '0') + (dscale > 0 ? `.${fraction.slice(0, dscale)}` : '');
  return (sign === 0x4000 ? '-' : '') + text;
}

/** The text form of a binary value of type OID, or null when this proxy does not know the type. */
function binary(oid, buf) {
  const iso = (ms) => new Date(ms).toISOString();
  switch (oid) {
    case 16: return buf[0] ? 't' : 'f';
    case 21: return String(buf.readInt16BE(0));
    case 23: case 26: return String(oid === 26 ? buf.readUInt32BE(0) : buf.readInt32BE(0));
    case 20: return buf.readBigInt64BE(0).toString();
    case 700: return String(buf.readFloatBE(0));
    case 701: return String(buf.readDoubleBE(0));
    case 1700: return numeric(buf);
    case 0: case 18: case 19: case 25: case 114: case 1042: case 1043: return buf.toString('utf8');
    case 3802: return buf.toString('utf8', 1); // version byte 1, then the JSON text
    case 2950: return buf.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
    case 1082: return iso(POSTGRES_EPOCH_MS + buf.readInt32BE(0) * 86400000).slice(0, 10);
    case 1114: return iso(POSTGRES_EPOCH_MS + Number(buf.readBigInt64BE(0) / 1000n)).replace('T', ' ').replace('Z', '');
    case 1184: return iso(POSTGRES_EPOCH_MS + Number(buf.readBigInt64BE(0) / 1000n)).replace('T', ' ').replace('Z', '+00');
    default: return ARRAY_ELEMENT[oid] ? array(ARRAY_ELEMENT[oid], buf) : null;
  }
}

/** A binary one-dimensional array as an array literal, every element quoted. */
function array(elementOid, buf) {
  const dimensions = buf.readInt32BE(0);
  if (dimensions === 0) return '{}';
  if (dimensions !== 1) return null;
  const size = buf.readInt32BE(12);
  const elements = [];
  let at = 20;
  for (let i = 0; i < size; i++) {
    const length = buf.readInt32BE(at);
    at += 4;
    if (length < 0) {
      elements.push('NULL');
      continue;
    }
    const text = binary(elementOid, buf.subarray(at, at + length));
    if (text === null) return null;
    elements.push(`"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`);
    at += length;
  }
  return `{${elements.join(',')}}`;
}

/** The parameter values of a Bind message, from the byte after the statement's name, with the statement's types. */
function bindValues(body, at, types) {
  const formatCount = body.readInt16BE(at);
  const formats = Array.from({ length: formatCount }, (_, i) => body.readInt16BE(at + 2 + 2 * i));
  at += 2 + 2 * formatCount;
  const count = body.readInt16BE(at);
  at += 2;
  const params = [];
  for (let i = 0; i < count; i++) {
    const length = body.readInt32BE(at);
    at += 4;
    const format = (formatCount === 1 ? formats[0] : formats[i] ?? 0) === 1 ? 'binary' : 'text';
    if (length < 0) {
      params.push({ format, value: null, decoded: true });
      continue;
    }
    const raw = body.subarray(at, at + length);
    at += length;
    if (format === 'text') {
      params.push({ format, value: raw.toString('utf8'), decoded: true });
    } else {
      let value = null;
      try {
        value = binary(types[i] ?? 0, raw);
      } catch {
        value = null;
      }
      params.push(value === null ? { format, value: raw.toString('hex'), decoded: false } : { format, value, decoded: true });
    }
  }
  return params;
}

// --- the protocol ---------------------------------------------------------------------------------------------

/** Reads the messages a client sends and counts the statements among them. */
function reader(name) {
  let pending = Buffer.alloc(0);
  let started = false;
  const record = name in recorded;
  const statements = new Map(); // prepared statement name -> { text, types }
  const portals = new Map(); // portal name -> { text, types, params }
  return (chunk) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    for (;;) {
      if (!started) {
        if (pending.length < 8) return;
        const length = pending.readInt32BE(0);
        if (pending.length < length) return;
        const code = pending.readInt32BE(4);
        started = code !== SSL_REQUEST && code !== GSS_REQUEST;
        pending = pending.subarray(length);
        continue;
      }
      if (pending.length < 5) return;
      const length = pending.readInt32BE(1);
      if (pending.length < 1 + length) return;
      const type = String.fromCharCode(pending[0]);
      const body = pending.subarray(5, 1 + length);
      if (type === 'Q') {
        count(name, cstring(body, 0)[0]);
      } else if (type === 'P') {
        const [statement, at] = cstring(body, 0);
        const [text, typesAt] = cstring(body, at);
        const types = record
          ? Array.from({ length: body.readInt16BE(typesAt) }, (_, i) => body.readUInt32BE(typesAt + 2 + 4 * i))
          : [];
        statements.set(statement, { text, types, prepared: statement !== '' });
      } else if (type === 'B') {
        const [portal, at] = cstring(body, 0);
        const [statementName, valuesAt] = cstring(body, at);
        const statement = statements.get(statementName) ?? { text: '', types: [] };
        const params = record ? bindValues(body, valuesAt, statement.types) : [];
        portals.set(portal, { ...statement, params });
      } else if (type === 'E') {
        const portal = portals.get(cstring(body, 0)[0]) ?? { text: '', types: [], params: [] };
        count(name, portal.text, portal);
      }
      pending = pending.subarray(1 + length);
    }
  };
}

for (const spec of args) {
  const [name, port] = spec.split('=');
  counts[name] = { statements: 0, control: 0, byText: {} };
  createServer((client) => {
    const server = connect(Number(upstreamPort), upstreamHost);
    const read = reader(name);
    client.on('data', (chunk) => {
      read(chunk);
      server.write(chunk);
    });
    server.on('data', (chunk) => client.write(chunk));
    const close = () => {
      client.destroy();
      server.destroy();
    };
    client.on('close', close);
    server.on('close', close);
    client.on('error', close);
    server.on('error', close);
  }).listen(Number(port), '127.0.0.1');
}

createHttpServer((request, response) => {
  response.setHeader('Content-Type', 'application/json');
  const url = new URL(request.url, 'http://localhost');
  const match = /^\/statements\/([^/]+)$/.exec(url.pathname);
  if (!match) {
    response.end(JSON.stringify(counts));
  } else if (!recorded[match[1]]) {
    response.statusCode = 404;
    response.end(JSON.stringify({ error: `${match[1]} is not recorded (--record)` }));
  } else {
    const list = recorded[match[1]];
    const since = Number(url.searchParams.get('since') ?? 0);
    response.end(JSON.stringify({ next: list.length, statements: list.slice(since) }));
  }
}).listen(controlPort, '127.0.0.1', () => console.log(`pgcount: control on ${controlPort}, ${args.join(' ')}`));
