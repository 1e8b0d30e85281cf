import { csrfToken } from './csrf.js';

// The hub's JSON API, as the pages use it, with the session of the signed-in caseworker. Errors come back as
// RFC 9457 problems; their detail is shown as is. A 401 means the session ended: back to the sign-in page.

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

const FROM_PAGE = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' };

export async function getJson(path) {
  const response = await fetch(path, { headers: FROM_PAGE, credentials: 'same-origin' });
  return read(response);
}

/** A caseworker decision: a JSON body, with the session's CSRF token; the hub records who decides. */
export async function postDecision(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { ...FROM_PAGE, 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrfToken() },
    body: JSON.stringify(body),
  });
  return read(response);
}

async function read(response) {
  if (response.status === 401) {
    window.location.assign('/login');
    throw new ApiError(401, 'Your session has ended: sign in again.');
  }
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
