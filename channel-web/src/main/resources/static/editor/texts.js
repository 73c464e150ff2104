'use strict';
// The editors' pages' texts (i18n/web bundles, keys editor.*), in the language picked or the
// browser's, and the language picker they share.
window.EditorTexts = (() => {
  const LANGUAGES = ['ar', 'en', 'fr', 'nl'];
  const KEY = 'dalil.editor.lang';
  let texts = {};

  function t(key, params = {}) {
    return (texts[key] || key).replace(/\{(\w+)\}/g, (match, name) =>
      Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match);
  }

  function chosen() {
    let stored = null;
    try { stored = localStorage.getItem(KEY); } catch (e) { /* private mode */ }
    return [stored, ...(navigator.languages || []).map((tag) => String(tag).split('-')[0])]
      .find((code) => LANGUAGES.includes(code)) || 'en';
  }

  /** Loads the texts, fills every data-i18n element, and sets lang and dir. */
  async function load(code = chosen()) {
    const response = await fetch(`/api/v1/ui-texts?lang=${code}`);
    if (!response.ok) return;
    const data = await response.json();
    texts = data.texts;
    document.documentElement.lang = data.language;
    document.documentElement.dir = data.dir;
    document.querySelectorAll('[data-i18n]').forEach((node) => {
      node.textContent = t(node.dataset.i18n);
    });
    document.title = t('editor.title');
    const picker = document.getElementById('editor-lang');
    if (picker) picker.value = data.language;
  }

  /** The picker: a new language is kept for the next visit and applied at once. */
  function listen(onChange) {
    const picker = document.getElementById('editor-lang');
    if (!picker) return;
    picker.addEventListener('change', async () => {
      try { localStorage.setItem(KEY, picker.value); } catch (e) { /* private mode */ }
      await load(picker.value);
      if (onChange) onChange();
    });
  }

  return { t, load, listen };
})();
