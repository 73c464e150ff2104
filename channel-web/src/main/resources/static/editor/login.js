'use strict';
let providers = [];

/** Sign-in through the configured OpenID Connect providers. */
function showProviders() {
  document.getElementById('providers').replaceChildren(...providers.map((provider) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.className = 'button';
    link.href = provider.start;
    link.textContent = window.EditorTexts.t('editor.signInWith', { name: provider.name });
    item.append(link);
    return item;
  }));
}
// The sign-in form carries the session's CSRF token, fetched first (the page itself is static).
(async () => {
  await window.EditorTexts.load();
  window.EditorTexts.listen(showProviders);
  const params = new URLSearchParams(window.location.search);
  document.getElementById('login-error').hidden = !params.has('error');
  document.getElementById('signed-out').hidden = !params.has('signedOut');
  const response = await fetch('/api/v1/editor/session', { credentials: 'same-origin' });
  const session = await response.json();
  if (session.signedIn) {
    window.location.replace('/editor/');
    return;
  }
  const field = document.getElementById('csrf');
  field.name = session.csrf.parameter;
  field.value = session.csrf.token;
  providers = session.providers;
  showProviders();
  document.getElementById('username').focus();
})();
