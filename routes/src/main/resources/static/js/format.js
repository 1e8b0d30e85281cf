// Values as a caseworker reads them.

export function name(value) {
  if (!value) return '';
  if (typeof value === 'string') return value;
  const parts = [value.title, value.given, ...(value.middle || []), value.family, value.suffix];
  return parts.filter(p => p && String(p).trim()).join(' ');
}

export function address(value) {
  if (!value) return '';
  if (typeof value === 'string') return value;
  const parts = [...(value.lines || []), value.town, value.postcode].filter(p => p && String(p).trim());
  const text = parts.join(', ');
  return value.use === 'PAST' ? text + ' (past)' : text;
}

/** Any profile value: a name, an address, an identifier or plain text. */
export function value(field, v) {
  if (v === null || v === undefined) return '';
  if (field === 'sex') return SEXES[v] || String(v);
  if (typeof v !== 'object') return String(v);
  if (field === 'name' || field === 'otherNames' || 'given' in v || 'family' in v) return name(v);
  if (field === 'addresses' || 'lines' in v || 'postcode' in v) return address(v);
  if ('system' in v && 'value' in v) return `${v.value} (${v.system})`;
  return Object.values(v).filter(x => typeof x !== 'object').join(' ');
}

const SEXES = { FEMALE: 'Female', MALE: 'Male', OTHER: 'Other', UNKNOWN: 'Not recorded' };

const FIELD_LABELS = {
  name: 'Name', otherNames: 'Other names', dateOfBirth: 'Date of birth', sex: 'Sex', nationalId: 'National id',
  identifiers: 'Other identifiers', addresses: 'Addresses', phones: 'Phones', emails: 'Emails',
};

export function fieldLabel(field) {
  return FIELD_LABELS[field] || field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, c => c.toUpperCase());
}

const STATES = { MATCH: 'Match', POSSIBLE_MATCH: 'Possible match', NO_MATCH: 'No match' };

export function state(code) {
  return STATES[code] || code;
}

export function origin(code) {
  return code === 'MANUAL' ? 'set by a caseworker' : 'set by the engine';
}

/** A signed weight with one decimal ("+4.3", "−5.0"), using a real minus sign. */
export function weight(w) {
  const n = Number(w) || 0;
  const text = (Math.round(Math.abs(n) * 10) / 10).toFixed(1);
  return n > 0.05 ? '+' + text : n < -0.05 ? '\u2212' + text : '0.0';
}

/** The class that adds "(for)", "(against)" or "(no evidence)" after a weight. */
export function weightClass(w) {
  const n = Number(w) || 0;
  return n > 0.05 ? 'weight-for' : n < -0.05 ? 'weight-against' : 'weight-none';
}

export function dateTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function recordLabel(source, recordId) {
  return `${source} record ${recordId}`;
}
