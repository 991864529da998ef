// POSTs one GraphQL request and reads the answer, for bench.mjs and explain.mjs.

/**
 * The answer to one POST: its time in ms, the parsed JSON (when the body is JSON) and an error (HTTP status other
 * than 200, GraphQL errors with their codes, a body that is not JSON, or no answer within timeoutMs), else null.
 */
export async function post(url, body, timeoutMs) {
  const start = performance.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    const ms = performance.now() - start;
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      return { ms, error: `HTTP ${response.status}: ${text.slice(0, 200)}` };
    }
    const error = json.errors ? json.errors.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; ') : null;
    return { ms, json, error: response.status === 200 ? error : `HTTP ${response.status} ${error ?? ''}` };
  } catch (e) {
    return { ms: performance.now() - start, error: e.name === 'TimeoutError' ? `timeout after ${timeoutMs} ms` : e.message };
  }
}
