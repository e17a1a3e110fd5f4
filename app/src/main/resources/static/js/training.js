// The CSV import runs while the page waits: say so, and stop a second submission of the same file.
const form = document.querySelector('.pw-import-form');
if (form) {
  form.addEventListener('submit', () => {
    const progress = form.querySelector('.pw-import-progress');
    if (progress) {
      progress.classList.add('pw-import-progress--visible');
    }
    form.querySelectorAll('button[type="submit"]').forEach((button) => {
      button.setAttribute('aria-disabled', 'true');
      button.classList.add('govuk-button--disabled');
    });
  });
}
