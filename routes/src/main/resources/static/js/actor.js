// Who makes a decision: the signed-in caseworker. The hub records the sign-in name itself; the page only
// says so, and offers to sign out.
import { getJson } from './api.js';
import { csrfToken } from './csrf.js';
import { el } from './dom.js';

let me = null;

/** The signed-in caller ({ name, role }), asked once per page. */
export async function signedIn() {
  if (!me) me = getJson('/api/v1/me');
  return me;
}

/** A note that the decision is recorded under the sign-in name, filled in when known. */
export function actorNote(id) {
  const name = el('strong', { id, text: '…' });
  signedIn().then(who => { name.textContent = who.name; }).catch(() => { name.textContent = 'your sign-in name'; });
  return el('p', { class: 'hint' }, 'Recorded with your decision as ', name, '.');
}

/** Adds "Signed in as NAME" and a sign-out button to the main navigation. */
export function signOutControl() {
  const nav = document.querySelector('header nav');
  if (!nav) return;
  const who = el('span', { class: 'signed-in', id: 'signed-in' });
  signedIn().then(me => { who.textContent = 'Signed in as ' + me.name; }).catch(() => {});
  const button = el('button', { type: 'button', class: 'secondary sign-out', id: 'sign-out', text: 'Sign out' });
  button.addEventListener('click', async () => {
    await fetch('/logout', { method: 'POST', credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': csrfToken() } });
    window.location.assign('/login?logout');
  });
  nav.append(who, button);
}
