// The CSRF token the hub keeps in the XSRF-TOKEN cookie: sent back as X-XSRF-TOKEN with every change.
export function csrfToken() {
  const match = /(?:^|;\s*)XSRF-TOKEN=([^;]*)/.exec(document.cookie);
  return match ? decodeURIComponent(match[1]) : '';
}
