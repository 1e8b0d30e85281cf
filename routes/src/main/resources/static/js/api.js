// The hub's JSON API, as the pages use it. Errors come back as RFC 9457 problems; their detail is shown as is.

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  return read(response);
}

/** A caseworker decision: a JSON body, and who makes it in the X-Actor header. */
export async function postDecision(path, body, actor) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Actor': actor },
    body: JSON.stringify(body),
  });
  return read(response);
}

async function read(response) {
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const detail = body && body.detail ? body.detail : `The hub answered with status ${response.status}.`;
    throw new ApiError(response.status, detail);
  }
  return body;
}

/** The query parameter a 400 problem names ("parameter 'dob' ..."), if any. */
export function parameterOf(error) {
  const match = /(?:parameter|field) '([A-Za-z]+)'/.exec(error.message || '');
  return match ? match[1] : null;
}
