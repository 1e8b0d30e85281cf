// Small DOM helpers. Text always goes in as text nodes, never as HTML, so data from the API cannot inject markup.

/** Builds an element: attributes (class, text, on<event> handlers, others as attributes) and children. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A query parameter of the page's own address. */
export function param(name) {
  return new URLSearchParams(window.location.search).get(name);
}

/** Moves focus to a message or heading so screen readers and keyboard users land on it. */
export function focus(node) {
  if (!node) return;
  if (!node.hasAttribute('tabindex')) node.setAttribute('tabindex', '-1');
  node.focus();
}

/** Shows a problem in the page's error summary and focuses it. */
export function showError(summary, message, fieldLinks = []) {
  summary.replaceChildren(
    el('h2', { text: 'There is a problem' }),
    el('p', { text: message }),
    fieldLinks.length ? el('ul', {}, fieldLinks.map(f => el('li', {}, el('a', { href: '#' + f.id, text: f.text })))) : null
  );
  summary.hidden = false;
  focus(summary);
}

export function hideError(summary) {
  summary.hidden = true;
  summary.replaceChildren();
}
