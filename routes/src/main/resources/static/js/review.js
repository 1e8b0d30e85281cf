// Review queue: possible matches, each with both records side by side, the comparison, and a decision form
// (same person: accept; two people: reject) with a reason.
import { getJson, postDecision } from './api.js';
import { actorNote, signOutControl } from './actor.js';
import { comparisonTable } from './comparison.js';
import { el, focus, hideError, showError } from './dom.js';
import * as format from './format.js';

const PAGE_SIZE = 10;
const errors = document.getElementById('errors');
const notice = document.getElementById('notice');
const status = document.getElementById('queue-status');
const items = document.getElementById('items');
const pager = document.getElementById('pager');
document.getElementById('actor-slot').replaceWith(actorNote('actor'));
signOutControl();
let page = 1;

document.getElementById('previous').addEventListener('click', () => load(page - 1));
document.getElementById('next').addEventListener('click', () => load(page + 1));

async function load(wanted) {
  try {
    const queue = await getJson(`/api/v1/review?page=${wanted}&size=${PAGE_SIZE}`);
    const pages = Math.max(1, Math.ceil(queue.total / queue.size));
    if (queue.items.length === 0 && wanted > 1) {
      return load(Math.min(wanted - 1, pages));
    }
    page = queue.page;
    status.textContent = queue.total === 0 ? 'Nothing to review.'
      : `${queue.total} ${queue.total === 1 ? 'pair is' : 'pairs are'} waiting for a decision.`;
    items.replaceChildren(...queue.items.map(item));
    pager.hidden = pages <= 1;
    document.getElementById('page-of').textContent = `Page ${queue.page} of ${pages}`;
    document.getElementById('previous').disabled = queue.page <= 1;
    document.getElementById('next').disabled = queue.page >= pages;
  } catch (error) {
    status.textContent = 'The queue could not be loaded.';
    showError(errors, error.message);
  }
}

function item(entry) {
  const id = 'item-' + entry.id;
  const a = entry.first;
  const b = entry.second;
  const reason = el('textarea', { id: id + '-reason', name: 'reason', required: true, maxlength: '1000' });
  const form = el('form', { novalidate: true, 'data-item': entry.id },
    el('fieldset', {},
      el('legend', { text: `Your decision on pair ${entry.id}` }),
      el('div', { class: 'field' },
        el('label', { for: id + '-reason', text: 'Reason' }),
        el('p', { class: 'hint', text: 'What made you decide. Kept in the history.' }),
        reason),
      el('button', { type: 'submit', name: 'decision', value: 'accept', text: 'Same person: accept' }),
      el('button', { type: 'submit', name: 'decision', value: 'reject', class: 'warning', text: 'Two people: reject' })));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const decision = event.submitter && event.submitter.value === 'reject' ? 'reject' : 'accept';
    decide(entry, decision, reason, form);
  });
  return el('article', { class: 'review-item', 'aria-labelledby': id + '-title' },
    el('h2', { id: id + '-title', text: `Pair ${entry.id}: ${a.name || a.recordId} and ${b.name || b.recordId}` }),
    entry.sameCitizen ? el('p', {}, el('span', { class: 'tag possible', text: 'Linked as possible match' }),
      ' These records are already in one citizen, as a possible match. Rejecting detaches the first record.') : null,
    entry.note ? el('p', { text: entry.note }) : null,
    el('div', { class: 'two-columns' },
      recordsTable(a, b),
      comparisonTable(entry.comparison, 'How the records compare')),
    form);
}

function recordsTable(a, b) {
  const rows = [
    ['Source and record', r => format.recordLabel(r.source, r.recordId)],
    ['Name', r => r.name || 'Not known'],
    ['Date of birth', r => r.dateOfBirth || 'Not known'],
    ['Postcode', r => r.postcode || 'Not known'],
    ['National id', r => r.nationalId || 'Not known'],
  ];
  return el('table', {},
    el('caption', { text: 'The two records' }),
    el('thead', {}, el('tr', {}, el('td', {}), el('th', { scope: 'col', text: 'First record' }), el('th', { scope: 'col', text: 'Second record' }))),
    el('tbody', {},
      rows.map(([label, read]) => el('tr', {}, el('th', { scope: 'row', text: label }), el('td', { text: read(a) }), el('td', { text: read(b) }))),
      el('tr', {}, el('th', { scope: 'row', text: 'Citizen' }),
        el('td', {}, citizenLink(a.citizenId)), el('td', {}, citizenLink(b.citizenId)))));
}

function citizenLink(citizenId) {
  return el('a', { href: '/citizen.html?id=' + encodeURIComponent(citizenId) }, el('code', { text: citizenId }));
}

async function decide(entry, decision, reason, form) {
  hideError(errors);
  if (!reason.value.trim()) {
    showError(errors, 'Enter a reason: it is kept with the decision.', [{ id: reason.id, text: 'Enter a reason' }]);
    return;
  }
  form.querySelectorAll('button').forEach(b => { b.disabled = true; });
  try {
    const outcome = await postDecision(`/api/v1/review/${entry.id}/${decision}`, { reason: reason.value.trim() });
    notice.replaceChildren(el('p', {}, el('strong', { text: decision === 'accept' ? 'Accepted. ' : 'Rejected. ' }), outcome.message),
      el('p', {}, el('a', { href: '/citizen.html?id=' + encodeURIComponent(outcome.citizenId), text: 'Open citizen ' + outcome.citizenId })));
    await load(page);
    focus(notice);
  } catch (error) {
    form.querySelectorAll('button').forEach(b => { b.disabled = false; });
    showError(errors, error.message);
  }
}

load(1);
