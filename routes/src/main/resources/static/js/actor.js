// Who makes a decision. Until sign-in arrives the caseworker types a name; it is remembered in this browser
// and sent with every decision (X-Actor header).
import { el } from './dom.js';

const KEY = 'citizenhub.actor';

export function savedActor() {
  try {
    return window.localStorage.getItem(KEY) || '';
  } catch (e) {
    return '';
  }
}

function save(value) {
  try {
    window.localStorage.setItem(KEY, value);
  } catch (e) {
    // storage blocked: the name is simply asked again next time
  }
}

/** A labelled "Your name" field, filled with the remembered name. */
export function actorField(id) {
  const input = el('input', {
    id, name: 'actor', type: 'text', autocomplete: 'name', maxlength: '100', required: true,
    'aria-describedby': id + '-hint', value: savedActor(),
  });
  input.addEventListener('change', () => save(input.value.trim()));
  return el('div', { class: 'field' },
    el('label', { for: id, text: 'Your name' }),
    el('p', { class: 'hint', id: id + '-hint', text: 'Recorded with your decision.' }),
    input);
}

/** The name to send, checked: a problem message when it is missing or cannot go in a header. */
export function readActor(input) {
  const value = input.value.trim();
  if (!value) return { problem: 'Enter your name: it is recorded with the decision.' };
  if (!/^[\x20-\x7E\u00A0-\u00FF]+$/.test(value)) {
    return { problem: 'Your name can only use Latin letters (accents are fine), digits and punctuation.' };
  }
  save(value);
  return { actor: value };
}
