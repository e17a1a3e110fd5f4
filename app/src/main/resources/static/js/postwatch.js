// Progressive enhancement: GOV.UK Frontend components, and CSRF on htmx requests.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

document.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A live check that gets no answer (signed out, server down) must not leave an earlier result on screen: it was for
// other words, and could say "Allowed" for a post that would now be blocked. Say it was not checked instead.
function showNotChecked(event) {
  const target = event.detail.target;
  if (!target || !target.classList.contains('pw-check-result')) {
    return;
  }
  const status = event.detail.xhr ? event.detail.xhr.status : 0;
  const box = document.createElement('div');
  box.className = 'govuk-error-summary pw-not-checked';
  box.setAttribute('role', 'alert');
  const title = document.createElement('h2');
  title.className = 'govuk-error-summary__title';
  title.textContent = 'Not checked';
  const advice = document.createElement('p');
  advice.className = 'govuk-body';
  advice.textContent = status === 401 || status === 403
    ? 'You may have been signed out, so what you typed has not been checked. Copy it, reload this page and sign in again.'
    : 'Postwatch did not answer, so what you typed has not been checked. Carry on typing to try again, or reload the page.';
  box.append(title, advice);
  target.replaceChildren(box);
  target.setAttribute('aria-busy', 'false');
  announce(target, 'Not checked. ' + advice.textContent);
}

// Live checks: the result is redrawn on every pause in typing, so it is not itself a live region (a screen reader
// would read all of it, or none, each time). Each result names a small live region outside it (data-live-region) and
// the short outcome sentence for it (data-announce); the sentence is put there only when it changes, so "Blocked" is
// heard once, not on every key. The result is busy while a check runs.
function announce(result, sentence) {
  const region = document.getElementById(result.dataset.liveRegion || '');
  if (region && region.textContent !== sentence) {
    region.textContent = sentence;
  }
}

function announceResults(root) {
  root.querySelectorAll?.('.pw-check-result[data-live-region]').forEach((result) => {
    announce(result, result.dataset.announce || '');
  });
  if (root.matches?.('.pw-check-result[data-live-region]')) {
    announce(root, root.dataset.announce || '');
  }
}

document.addEventListener('htmx:beforeRequest', (event) => {
  const target = event.detail.target;
  if (target && target.classList.contains('pw-check-result')) {
    target.setAttribute('aria-busy', 'true');
  }
});
document.addEventListener('htmx:afterRequest', (event) => {
  const target = event.detail.target;
  if (target && target.isConnected && target.classList.contains('pw-check-result')) {
    target.setAttribute('aria-busy', 'false');
  }
});
document.addEventListener('htmx:afterSettle', (event) => {
  const id = event.detail.target && event.detail.target.id;
  const settled = id ? document.getElementById(id) : null;
  if (settled) {
    announceResults(settled);
  }
});
announceResults(document);

// Wide tables scroll sideways inside their box. A keyboard user can only scroll a box they can reach with Tab, and a
// screen reader should hear what the box holds, so a box that does scroll (at this screen width) is made a focusable,
// named region; one that no longer scrolls is left alone again.
function tableScrollers(root) {
  (root || document).querySelectorAll('.pw-table-scroll, .pw-conduct-scroll, .pw-insights-scroll').forEach((box) => {
    const scrolls = box.scrollWidth > box.clientWidth + 1;
    if (scrolls && !box.hasAttribute('tabindex')) {
      const caption = box.querySelector('caption');
      let heading = box.previousElementSibling;
      while (heading && !/^H[1-4]$/.test(heading.tagName)) {
        heading = heading.previousElementSibling;
      }
      const name = (caption || heading)?.textContent.trim().replace(/\s+/g, ' ') || 'Table';
      box.setAttribute('tabindex', '0');
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', name + ' (scrolls sideways)');
      box.dataset.scroller = 'added';
    } else if (!scrolls && box.dataset.scroller === 'added') {
      ['tabindex', 'role', 'aria-label', 'data-scroller'].forEach((name) => box.removeAttribute(name));
    }
  });
}
tableScrollers(document);
let resizing;
window.addEventListener('resize', () => {
  clearTimeout(resizing);
  resizing = setTimeout(() => tableScrollers(document), 200);
});
document.addEventListener('htmx:afterSettle', (event) => tableScrollers(event.detail.target?.parentElement));

document.addEventListener('htmx:responseError', showNotChecked);
document.addEventListener('htmx:sendError', showNotChecked);
document.addEventListener('htmx:timeout', showNotChecked);

// Policy editor: a problem's "Line 30" link selects line 30 in the YAML, which has no line numbers of its own.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-line]');
  const editor = document.getElementById('yaml');
  if (!link || !editor) {
    return;
  }
  event.preventDefault();
  const lines = editor.value.split('\n');
  const line = Math.min(Math.max(Number(link.dataset.line), 1), lines.length);
  const start = lines.slice(0, line - 1).reduce((length, text) => length + text.length + 1, 0);
  editor.focus();
  editor.setSelectionRange(start, start + lines[line - 1].length);
  const lineHeight = parseFloat(getComputedStyle(editor).lineHeight) || 20;
  editor.scrollTop = Math.max(0, (line - 3) * lineHeight);
});

// Policy editor: after "Check for problems", the problems listed when the draft was last saved are out of date (the
// text has changed since), so they go; the check's own answer is what now stands.
document.addEventListener('htmx:afterSwap', (event) => {
  if (event.detail.target.id !== 'policy-validation' && event.detail.elt.id !== 'policy-validation') {
    return;
  }
  document.getElementById('policy-problems')?.remove();
  document.getElementById('policy-errors')?.remove();
  document.querySelectorAll('.pw-yaml-editor').forEach((editor) => {
    editor.closest('.govuk-form-group')?.classList.remove('govuk-form-group--error');
    editor.closest('.govuk-form-group')?.querySelectorAll(':scope > .govuk-error-message').forEach((p) => p.remove());
  });
});
