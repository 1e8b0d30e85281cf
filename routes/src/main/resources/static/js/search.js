// Search page: the form's fields become GET /api/v1/citizens parameters; results go in a table, announced
// in a live region. The search is kept in the page address, so Back returns to the same results.
import { signOutControl } from './actor.js';
import { getJson, parameterOf } from './api.js';
import { el, hideError, showError } from './dom.js';
import * as format from './format.js';

const FIELDS = ['name', 'dob', 'postcode', 'nationalId', 'phone', 'email'];
const PAGE_SIZE = 20;

const form = document.getElementById('search-form');
const errors = document.getElementById('errors');
const status = document.getElementById('results-status');
const table = document.getElementById('results');
const pager = document.getElementById('pager');
let current = null;

form.addEventListener('submit', event => {
  event.preventDefault();
  const query = {};
  for (const field of FIELDS) {
    const value = document.getElementById(field).value.trim();
    if (value) query[field] = value;
  }
  if (Object.keys(query).length === 0) {
    markInvalid(null);
    showError(errors, 'Fill in at least one field to search.', [{ id: 'name', text: 'Enter a name, or any other field' }]);
    return;
  }
  search(query, 1);
});

document.getElementById('previous').addEventListener('click', () => search(current.query, current.page - 1));
document.getElementById('next').addEventListener('click', () => search(current.query, current.page + 1));

async function search(query, page) {
  hideError(errors);
  markInvalid(null);
  status.textContent = 'Searching…';
  const params = new URLSearchParams({ ...query, page: String(page), size: String(PAGE_SIZE) });
  try {
    const result = await getJson('/api/v1/citizens?' + params);
    current = { query, page: result.page, total: result.total, size: result.size };
    history.replaceState(null, '', '?' + params);
    render(result);
  } catch (error) {
    status.textContent = 'No results: the search could not be run.';
    table.hidden = true;
    pager.hidden = true;
    const field = parameterOf(error);
    if (field && FIELDS.includes(field)) {
      // "parameter 'dob' must be..." reads "Date of birth must be..." on the page
      const message = error.message.replace(`parameter '${field}'`, labelOf(field));
      markInvalid(field, message);
      showError(errors, message, [{ id: field, text: 'Correct the ' + labelOf(field).toLowerCase() }]);
    } else {
      showError(errors, error.message);
    }
  }
}

function render(result) {
  const body = table.tBodies[0];
  body.replaceChildren(...result.results.map(row));
  table.hidden = result.results.length === 0;
  const pages = Math.max(1, Math.ceil(result.total / result.size));
  if (result.total === 0) {
    status.textContent = 'No citizen found. Try fewer fields, or another spelling.';
  } else {
    const first = (result.page - 1) * result.size + 1;
    const last = first + result.results.length - 1;
    status.textContent = `${result.total} ${result.total === 1 ? 'citizen' : 'citizens'} found` +
      (result.results.length ? `, showing ${first} to ${last}` : '') +
      (result.truncated ? '. More may exist: add a field to narrow the search.' : '.');
  }
  pager.hidden = pages <= 1;
  document.getElementById('page-of').textContent = `Page ${result.page} of ${pages}`;
  document.getElementById('previous').disabled = result.page <= 1;
  document.getElementById('next').disabled = result.page >= pages;
}

function row(hit) {
  const label = hit.name || 'Citizen ' + hit.citizenId;
  return el('tr', {},
    el('td', {}, el('a', { href: '/citizen.html?id=' + encodeURIComponent(hit.citizenId), text: label })),
    el('td', { text: hit.dateOfBirth || 'Not known' }),
    el('td', { text: hit.postcode || 'Not known' }),
    el('td', { class: 'number', text: format.weight(hit.score) }),
    el('td', { text: format.recordLabel(hit.source, hit.recordId) }));
}

function markInvalid(field, message) {
  for (const id of FIELDS) {
    const input = document.getElementById(id);
    input.removeAttribute('aria-invalid');
    const old = document.getElementById(id + '-error');
    if (old) old.remove();
    const describedBy = (input.getAttribute('aria-describedby') || '').split(' ').filter(x => x && x !== id + '-error');
    if (describedBy.length) input.setAttribute('aria-describedby', describedBy.join(' '));
    else input.removeAttribute('aria-describedby');
  }
  if (!field) return;
  const input = document.getElementById(field);
  input.setAttribute('aria-invalid', 'true');
  input.before(el('p', { class: 'field-error', id: field + '-error', text: message }));
  const describedBy = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
  input.setAttribute('aria-describedby', [...describedBy, field + '-error'].join(' '));
}

function labelOf(field) {
  return document.querySelector(`label[for="${field}"]`).textContent;
}

// A search kept in the address (Back from a profile) runs again.
const kept = new URLSearchParams(window.location.search);
if (FIELDS.some(f => kept.get(f))) {
  const query = {};
  for (const field of FIELDS) {
    if (kept.get(field)) {
      query[field] = kept.get(field);
      document.getElementById(field).value = kept.get(field);
    }
  }
  search(query, Number(kept.get('page')) || 1);
}
signOutControl();
