// Profile page: the golden record with provenance and conflicts (when the profile API gives them), the linked
// records, and the caseworker's forms to detach a record or merge another citizen in, each with a reason.
import { getJson, postDecision, parameterOf } from './api.js';
import { actorNote, signOutControl } from './actor.js';
import { el, focus, hideError, param, showError } from './dom.js';
import * as format from './format.js';

const errors = document.getElementById('errors');
const notice = document.getElementById('notice');
const title = document.getElementById('title');
const container = document.getElementById('profile');
const requested = param('id');

async function load() {
  if (!requested) {
    container.replaceChildren(el('p', { text: 'No citizen id was given. Search for a citizen first.' }));
    return;
  }
  try {
    const profile = await getJson('/api/v1/citizens/' + encodeURIComponent(requested));
    render(profile);
  } catch (error) {
    title.textContent = 'Citizen not found';
    container.replaceChildren(el('p', {}, 'The hub has no citizen ', el('code', { text: requested }), '. ',
      el('a', { href: '/', text: 'Search again' }), '.'));
    showError(errors, error.message);
  }
}

function render(profile) {
  const records = profile.records || [];
  const shown = displayName(profile, records);
  title.textContent = shown ? shown : 'Citizen ' + profile.id;
  document.title = (shown || 'Citizen') + ' – Citizen Hub';
  const parts = [
    el('p', {}, 'Citizen id: ', el('code', { class: 'id', text: profile.id })),
    profile.requestedId ? el('p', { class: 'notice' }, 'You asked for ', el('code', { text: profile.requestedId }),
      ': it was merged into this citizen, and now leads here.') : null,
    el('p', {}, el('a', { id: 'explain-link', href: '/explain.html?id=' + encodeURIComponent(profile.id),
      text: 'Why are these records linked? See the explanation' })),
  ];
  if (profile.fields) parts.push(golden(profile));
  parts.push(linkedRecords(records));
  if (records.length > 1) parts.push(unlinkForm(profile.id, records));
  parts.push(linkForm(profile.id));
  container.replaceChildren(...parts.filter(Boolean));
}

function displayName(profile, records) {
  const preferred = profile.fields && profile.fields.name && profile.fields.name.preferred;
  if (preferred) return format.name(preferred);
  const first = records.find(r => r.name);
  return first ? format.name(first.name) : '';
}

/** The golden record: per field the value shown first, every value with its sources, conflicts flagged. */
function golden(profile) {
  const conflicts = profile.conflicts || [];
  const rows = Object.entries(profile.fields)
    .filter(([, f]) => (f.values && f.values.length) || f.preferred)
    .map(([name, f]) => el('tr', {},
      el('th', { scope: 'row', text: format.fieldLabel(name) }),
      el('td', { text: format.value(name, f.preferred) || 'Not known' }),
      el('td', {}, el('ul', { class: 'sources' }, (f.values || []).map(v => el('li', {},
        format.value(name, v.value) + ' — from ' + (v.provenance || []).map(p => format.recordLabel(p.source, p.recordId)).join(', '))))),
      el('td', {}, f.conflict ? [el('span', { class: 'tag conflict', text: 'Conflict' }), ' ', f.conflictReason || ''] : 'None')));
  return el('section', { 'aria-labelledby': 'golden-heading' },
    el('h2', { id: 'golden-heading', text: 'Profile' }),
    el('p', { text: conflicts.length === 0 ? 'The sources agree: no conflicts.'
      : `${conflicts.length} ${conflicts.length === 1 ? 'field has' : 'fields have'} conflicting values: check them before relying on them.` }),
    el('table', {},
      el('caption', { text: 'Each field: the value shown first, and every value with the records it comes from' }),
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col', text: 'Field' }), el('th', { scope: 'col', text: 'Shown first' }),
        el('th', { scope: 'col', text: 'All values and their sources' }), el('th', { scope: 'col', text: 'Conflict' }))),
      el('tbody', {}, rows)));
}

function linkedRecords(records) {
  return el('section', { 'aria-labelledby': 'records-heading' },
    el('h2', { id: 'records-heading', text: 'Linked records' }),
    el('table', {},
      el('caption', { text: `${records.length} ${records.length === 1 ? 'record' : 'records'} from the agencies` }),
      el('thead', {}, el('tr', {},
        ['Source and record', 'Name', 'Date of birth', 'Postcode', 'Link'].map(h => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, records.map(r => el('tr', {},
        el('th', { scope: 'row', text: format.recordLabel(r.source, r.recordId) }),
        el('td', { text: format.name(r.name) || 'Not known' }),
        el('td', { text: r.dateOfBirth || 'Not known' }),
        el('td', { text: postcode(r) || 'Not known' }),
        el('td', {}, linkText(r)))))));
}

function linkText(record) {
  const parts = [format.state(record.state) + ', ' + format.origin(record.origin)];
  if (record.state === 'POSSIBLE_MATCH') parts.unshift(el('span', { class: 'tag possible', text: 'To review' }), ' ');
  if (record.origin === 'MANUAL') parts.push(' ', el('span', { class: 'tag manual', text: 'Manual' }));
  return parts;
}

function postcode(record) {
  const addresses = record.addresses || [];
  const current = addresses.find(a => a.use !== 'PAST' && a.postcode) || addresses.find(a => a.postcode);
  return current ? current.postcode : '';
}

/** Detach one record: it becomes a citizen of its own, kept apart from this one. */
function unlinkForm(citizenId, records) {
  const select = el('select', { id: 'unlink-record', name: 'record', required: true },
    records.map(r => el('option', { value: JSON.stringify([r.source, r.recordId]),
      text: format.recordLabel(r.source, r.recordId) + (r.name ? ' — ' + format.name(r.name) : '') })));
  const reason = el('textarea', { id: 'unlink-reason', name: 'reason', required: true, maxlength: '1000',
    'aria-describedby': 'unlink-reason-hint' });
  const actor = actorNote('unlink-actor');
  const form = el('form', { id: 'unlink-form', novalidate: true },
    el('fieldset', {},
      el('legend', { class: 'visually-hidden', text: 'Detach a record that is not this person' }),
      el('p', { class: 'hint', text: 'The record moves to a citizen of its own and is kept apart from this citizen: '
        + 'running the connectors again will not put it back.' }),
      el('div', { class: 'field' }, el('label', { for: 'unlink-record', text: 'Record to detach' }), select),
      el('div', { class: 'field' }, el('label', { for: 'unlink-reason', text: 'Reason' }),
        el('p', { class: 'hint', id: 'unlink-reason-hint', text: 'Why this record is not this person. Kept in the history.' }),
        reason),
      actor,
      el('button', { type: 'submit', class: 'warning', text: 'Detach record' })));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const [source, recordId] = JSON.parse(select.value);
    await decide(form, reason, '/api/v1/citizens/' + encodeURIComponent(citizenId) + '/unlink',
      { source, recordId, reason: reason.value.trim() });
  });
  return el('section', { class: 'form-panel', 'aria-labelledby': 'unlink-heading' },
    el('h2', { id: 'unlink-heading', text: 'Detach a record' }), form);
}

/** Merge another citizen into this one: this citizen keeps its id, the other's id leads here. */
function linkForm(citizenId) {
  const other = el('input', { id: 'link-other', name: 'otherCitizenId', type: 'text', class: 'id-input', required: true,
    maxlength: '64', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'link-other-hint' });
  const reason = el('textarea', { id: 'link-reason', name: 'reason', required: true, maxlength: '1000' });
  const actor = actorNote('link-actor');
  const form = el('form', { id: 'link-form', novalidate: true },
    el('fieldset', {},
      el('legend', { class: 'visually-hidden', text: 'Merge another citizen into this one' }),
      el('div', { class: 'field' }, el('label', { for: 'link-other', text: 'Citizen id of the other citizen' }),
        el('p', { class: 'hint', id: 'link-other-hint', text: 'For example C0123456789ABCDEFGHJK. Its records join this citizen; its id will lead here.' }),
        other),
      el('div', { class: 'field' }, el('label', { for: 'link-reason', text: 'Reason' }), reason),
      actor,
      el('button', { type: 'submit', text: 'Merge into this citizen' })));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    await decide(form, reason, '/api/v1/citizens/' + encodeURIComponent(citizenId) + '/link',
      { otherCitizenId: other.value.trim(), reason: reason.value.trim() }, other);
  });
  return el('section', { class: 'form-panel', 'aria-labelledby': 'link-heading' },
    el('h2', { id: 'link-heading', text: 'Merge citizens' }), form);
}

async function decide(form, reason, path, body, otherInput) {
  hideError(errors);
  if (otherInput && !otherInput.value.trim()) {
    showError(errors, 'Enter the id of the citizen to merge into this one.', [{ id: otherInput.id, text: 'Enter a citizen id' }]);
    return;
  }
  if (!reason.value.trim()) {
    showError(errors, 'Enter a reason: it is kept with the decision.', [{ id: reason.id, text: 'Enter a reason' }]);
    return;
  }
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    const outcome = await postDecision(path, body);
    await load();
    const other = outcome.otherCitizenId;
    notice.replaceChildren(el('p', {}, el('strong', { text: 'Done. ' }), outcome.message),
      other && outcome.action === 'UNLINK'
        ? el('p', {}, el('a', { href: '/citizen.html?id=' + encodeURIComponent(other), text: 'Open the new citizen ' + other }))
        : null);
    focus(notice);
  } catch (error) {
    button.disabled = false;
    const field = parameterOf(error);
    const target = field === 'reason' ? reason : field === 'otherCitizenId' ? otherInput : null;
    showError(errors, error.message, target ? [{ id: target.id, text: 'Correct this field' }] : []);
  }
}

signOutControl();
load();
