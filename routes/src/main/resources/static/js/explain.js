// Explanation page: why each record of a citizen is linked, field by field, and the caseworkers' decisions.
import { signOutControl } from './actor.js';
import { getJson } from './api.js';
import { comparisonTable } from './comparison.js';
import { el, param, showError } from './dom.js';
import * as format from './format.js';

const errors = document.getElementById('errors');
const container = document.getElementById('explanation');
const back = document.getElementById('back');
const requested = param('id');

async function load() {
  if (!requested) {
    container.replaceChildren(el('p', { text: 'No citizen id was given. Search for a citizen first.' }));
    return;
  }
  back.href = '/citizen.html?id=' + encodeURIComponent(requested);
  try {
    render(await getJson('/api/v1/citizens/' + encodeURIComponent(requested) + '/explain'));
  } catch (error) {
    container.replaceChildren(el('p', { text: 'There is no explanation to show.' }));
    showError(errors, error.message);
  }
}

function render(explanation) {
  back.href = '/citizen.html?id=' + encodeURIComponent(explanation.citizenId);
  const parts = [
    el('p', {}, 'Citizen id: ', el('code', { class: 'id', text: explanation.citizenId })),
    explanation.requestedId ? el('p', { class: 'notice' }, 'You asked for ', el('code', { text: explanation.requestedId }),
      ': it was merged into this citizen.') : null,
    el('p', { text: explanation.summary }),
    el('p', { class: 'hint', text: 'Each field adds weight for one person (+) or against (−); missing values add nothing. '
      + 'The total decides: strong enough to link, possibly (a caseworker reviews), or not.' }),
  ];
  explanation.records.forEach((record, index) => parts.push(recordSection(record, index)));
  parts.push(decisions(explanation.decisions || []));
  container.replaceChildren(...parts.filter(Boolean));
}

function recordSection(explained, index) {
  const r = explained.record;
  const heading = el('h2', { id: 'record-' + index },
    `${format.recordLabel(r.source, r.recordId)}${r.name ? ': ' + r.name : ''}`);
  const link = el('p', {}, 'Link: ', format.state(explained.state) + ', ' + format.origin(explained.origin) + '.',
    explained.state === 'POSSIBLE_MATCH' ? [' ', el('span', { class: 'tag possible', text: 'To review' })] : null,
    explained.origin === 'MANUAL' ? [' ', el('span', { class: 'tag manual', text: 'Manual' })] : null);
  const tables = (explained.comparisons || []).map(c => {
    const w = c.with;
    const when = c.recomputed ? 'compared again now' : 'kept when the link was made' + (c.recordedAt ? ', ' + format.dateTime(c.recordedAt) : '');
    return comparisonTable(c, `Compared with ${format.recordLabel(w.source, w.recordId)}${w.name ? ' (' + w.name + ')' : ''}: ${when}`);
  });
  return el('section', { 'aria-labelledby': 'record-' + index }, heading,
    el('p', { text: explained.how }), link, tables);
}

function decisions(list) {
  const section = el('section', { 'aria-labelledby': 'decisions-heading' },
    el('h2', { id: 'decisions-heading', text: 'Caseworker decisions' }));
  if (list.length === 0) {
    section.append(el('p', { text: 'No caseworker has made a decision about this citizen.' }));
    return section;
  }
  section.append(el('table', {},
    el('caption', { text: 'Newest first' }),
    el('thead', {}, el('tr', {}, ['When', 'Decision', 'What it did', 'By', 'Reason'].map(h => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, list.map(d => el('tr', {},
      el('td', { text: format.dateTime(d.decidedAt) }),
      el('th', { scope: 'row', text: action(d.action) }),
      el('td', { text: d.summary }),
      el('td', { text: d.actor }),
      el('td', { text: d.reason }))))));
  return section;
}

function action(code) {
  return { LINK: 'Merged', UNLINK: 'Detached', ACCEPT: 'Review: same person', REJECT: 'Review: two people' }[code] || code;
}

load();
signOutControl();
