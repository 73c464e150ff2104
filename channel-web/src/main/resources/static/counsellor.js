/*
 * Dalil counsellor page (counsellor.html): makes a link and QR code that open the chat in a
 * newcomer's language, municipality and topic (GET /api/v1/links). The links carry no personal
 * data. Plain script under a strict Content-Security-Policy: no inline code, textContent only.
 */
'use strict';

(() => {
  const LANGUAGES = ['ar', 'en', 'fr', 'nl'];
  const LANG_KEY = 'dalil.counsellorLang'; // the counsellor's page language, apart from the chat's

  const $ = (id) => document.getElementById(id);
  const ui = {
    lang: $('lang'),
    form: $('c-form'),
    linkLang: $('c-lang'),
    place: $('c-place'),
    places: $('c-places'),
    topic: $('c-topic'),
    error: $('c-error'),
    cleared: $('c-cleared'),
    result: $('c-result'),
    resultTitle: $('c-web-title'),
    webLink: $('c-web-link'),
    webQr: $('c-qr-web'),
    telegram: $('c-telegram'),
    telegramLink: $('c-telegram-link'),
    telegramQr: $('c-qr-telegram'),
    print: $('c-print'),
  };

  const state = {
    lang: 'en',
    // English until the UI texts arrive, so that failing to load them still reads well.
    texts: { 'error.network': 'No connection. Check your internet and try again.' },
    placeIds: new Map(), // text shown in the municipality list -> municipality id
    placeOptions: [], // the list's options with their names, in alphabetical order
    request: 0, // the latest language change wins
  };
  const textsByLanguage = new Map(); // UI texts per language, also for captions in the link's

  function readLanguage() {
    try {
      return localStorage.getItem(LANG_KEY);
    } catch (e) {
      return null;
    }
  }

  function saveLanguage(code) {
    try {
      localStorage.setItem(LANG_KEY, code);
    } catch (e) {
      // Storage refused: the page simply starts in the browser's language next time.
    }
  }

  /** An API failure: an HTTP status or 'network', and the {code, message} body if any. */
  function apiError(status, error) {
    return Object.assign(new Error(`API error ${status}`), { status, error: error || null });
  }

  async function getJson(path) {
    let response;
    try {
      response = await fetch(path);
    } catch (e) {
      throw apiError('network');
    }
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      throw apiError(response.status, data && data.error);
    }
    return data;
  }

  function t(key, params = {}, texts = state.texts) {
    return (texts[key] || key).replace(/\{(\w+)\}/g, (match, name) =>
      Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match);
  }

  function applyTexts() {
    document.querySelectorAll('[data-i18n]').forEach((node) => {
      node.textContent = t(node.dataset.i18n);
    });
    document.querySelectorAll('[data-i18n-alt]').forEach((node) => {
      node.alt = t(node.dataset.i18nAlt);
    });
    document.title = t('counsellor.title');
  }

  async function textsFor(code) {
    if (!textsByLanguage.has(code)) {
      textsByLanguage.set(code, (await getJson(`/api/v1/ui-texts?lang=${code}`)).texts);
    }
    return textsByLanguage.get(code);
  }

  function initialLanguage() {
    const candidates = [
      (new URLSearchParams(window.location.search).get('lang') || '').toLowerCase(),
      readLanguage(),
      ...(navigator.languages || [navigator.language])
        .map((tag) => String(tag || '').split('-')[0].toLowerCase()),
    ];
    return candidates.find((code) => LANGUAGES.includes(code)) || 'en';
  }

  /** Shows the page in `code`, with the municipality and topic lists in that language. */
  async function setLanguage(code) {
    const request = ++state.request;
    let texts;
    try {
      texts = await textsFor(code);
    } catch (err) {
      ui.lang.value = state.lang;
      showError(errorText(err));
      return;
    }
    if (request !== state.request) return;
    state.lang = code;
    state.texts = texts;
    document.documentElement.lang = code;
    document.documentElement.dir = code === 'ar' ? 'rtl' : 'ltr';
    ui.lang.value = code;
    applyTexts();
    await Promise.all([loadPlaces(code), loadTopics(code)]);
  }

  /** The text a municipality has in the list: its name in the page language, then the official one. */
  function placeText(place) {
    const names = place.label && place.label !== place.name ? `${place.label} / ${place.name}`
      : place.name;
    return place.postcode ? `${names} (${place.postcode})` : names;
  }

  async function loadPlaces(code) {
    let data;
    try {
      data = await getJson(`/api/v1/places?lang=${code}`);
    } catch (err) {
      return; // the field still accepts a typed name or postcode, which the server resolves
    }
    if (code !== state.lang) return;
    const chosenId = state.placeIds.get(ui.place.value.trim());
    state.placeIds = new Map();
    const collator = new Intl.Collator(code);
    const places = data.places.slice()
      .sort((a, b) => collator.compare(a.label || a.name, b.label || b.name));
    state.placeOptions = places.map((place) => {
      const text = placeText(place);
      state.placeIds.set(text, place.id);
      const option = document.createElement('option');
      option.value = text;
      if (place.id === chosenId) ui.place.value = text;
      return { option, names: [place.label, place.name, place.id, place.postcode].filter(Boolean)
        .map(fold) };
    });
    rankPlaces();
  }

  /** Lower case without accents, for comparing what is typed with place names. */
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
  }

  /**
   * The list in the order a counsellor expects while typing: exact names first ("Gent" before
   * "Gentbrugge"), then names that start with what was typed, then the rest, each alphabetical.
   */
  function rankPlaces() {
    const typed = fold(ui.place.value);
    const rank = ({ names }) => {
      if (!typed) return 2;
      if (names.some((n) => n === typed)) return 0;
      return names.some((n) => n.startsWith(typed)) ? 1 : 2;
    };
    const ordered = state.placeOptions.map((entry, i) => ({ entry, i, r: rank(entry) }))
      .sort((a, b) => a.r - b.r || a.i - b.i);
    ui.places.replaceChildren(...ordered.map(({ entry }) => entry.option));
  }

  async function loadTopics(code) {
    let data;
    try {
      data = await getJson(`/api/v1/topics?lang=${code}`);
    } catch (err) {
      return;
    }
    if (code !== state.lang) return;
    const chosen = ui.topic.value;
    const none = ui.topic.options[0]; // "No specific topic"
    const options = data.topics.filter((topic) => topic.practical).map((topic) => {
      const option = document.createElement('option');
      option.value = topic.id;
      option.textContent = topic.label;
      return option;
    });
    ui.topic.replaceChildren(none, ...options);
    ui.topic.value = chosen;
  }

  function errorText(err) {
    const error = err.error || {};
    if (err.status === 'network') return t('error.network');
    if (err.status === 429) return t('error.rateLimited');
    if (err.status === 503) return t('error.unavailable');
    if (error.code === 'unknown_place') {
      const suggestions = error.suggestions || [];
      return suggestions.length
        ? `${t('counsellor.unknownPlace')} ${t('counsellor.suggestions', { places: suggestions.join(', ') })}`
        : t('counsellor.unknownPlace');
    }
    return t('counsellor.error', { message: error.message || '' });
  }

  /**
   * Shows a form error. An unknown municipality marks the field invalid, links it to the message
   * and puts the cursor back in it, so that the error is heard and fixed where it is.
   */
  function showError(text, field = null) {
    ui.error.textContent = text || '';
    ui.error.hidden = !text;
    ui.place.removeAttribute('aria-invalid');
    ui.place.setAttribute('aria-describedby', 'c-place-hint');
    if (field) {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', 'c-place-hint c-error');
      field.focus();
    }
  }

  async function createLink(event) {
    event.preventDefault();
    showError(null);
    const params = new URLSearchParams({ lang: ui.linkLang.value });
    const typed = ui.place.value.trim();
    if (typed) params.set('place', state.placeIds.get(typed) || typed);
    if (ui.topic.value) params.set('topic', ui.topic.value);
    let link;
    let captionTexts;
    try {
      link = await getJson(`/api/v1/links?${params}`);
      // The caption speaks to the newcomer, so it is in the link's language.
      captionTexts = await textsFor(link.language).catch(() => state.texts);
    } catch (err) {
      const badPlace = err.error && err.error.code === 'unknown_place';
      showError(errorText(err), badPlace ? ui.place : null);
      return;
    }
    ui.cleared.textContent = '';
    showLink(ui.webLink, ui.webQr, link.webUrl, link.webQr);
    ui.telegram.hidden = !link.telegramUrl;
    if (link.telegramUrl) {
      showLink(ui.telegramLink, ui.telegramQr, link.telegramUrl, link.telegramQr);
    }
    ui.result.querySelectorAll('.scan-caption').forEach((caption) => {
      caption.textContent = t('counsellor.scan', {}, captionTexts);
      caption.lang = link.language;
      caption.dir = link.language === 'ar' ? 'rtl' : 'ltr';
    });
    ui.result.querySelectorAll('.copy-status').forEach((status) => {
      status.textContent = '';
    });
    // Printed side by side, codes are told apart by what they open: language, place, topic.
    const languageName = ui.linkLang.selectedOptions[0].textContent;
    const topicName = ui.topic.value ? ui.topic.selectedOptions[0].textContent : '-';
    ui.result.querySelectorAll('.code-label').forEach((label) => {
      label.textContent = t('counsellor.codeLabel',
        { language: languageName, place: link.place || '-', topic: topicName });
    });
    // The code is <lang>-<topic or 0>-<municipality id or 0>; ids may contain dashes.
    const municipalityId = link.code.split('-').slice(2).join('-');
    const sheet = $('c-sheet');
    sheet.hidden = municipalityId === '0';
    sheet.href = `/counsellor/sheet?place=${encodeURIComponent(municipalityId)}`
      + `&lang=${encodeURIComponent(link.language)}`;
    ui.result.hidden = false;
    ui.resultTitle.focus();
  }

  function showLink(anchor, image, url, qr) {
    anchor.href = url;
    anchor.textContent = url;
    image.src = qr;
  }

  /** Copies a link; where the clipboard is not allowed (plain http), selects it for the user. */
  async function copyLink(button) {
    const anchor = $(button.dataset.copy);
    const status = button.closest('.code').querySelector('.copy-status');
    try {
      await navigator.clipboard.writeText(anchor.href);
      status.textContent = t('counsellor.copied');
    } catch (err) {
      const range = document.createRange();
      range.selectNodeContents(anchor);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      status.textContent = t('counsellor.copyManual');
    }
  }

  function listen() {
    ui.lang.addEventListener('change', () => {
      saveLanguage(ui.lang.value);
      setLanguage(ui.lang.value);
    });
    ui.form.addEventListener('submit', createLink);
    ui.place.addEventListener('input', rankPlaces);
    // A changed form makes the shown link stale: hide it until the next "Create link", and say
    // so (a link that silently disappears looks like a fault).
    const formChanged = () => {
      if (!ui.result.hidden) {
        ui.result.hidden = true;
        ui.cleared.textContent = t('counsellor.cleared');
      }
      if (ui.place.hasAttribute('aria-invalid')) showError(null);
    };
    ui.form.addEventListener('input', formChanged);
    ui.form.addEventListener('change', formChanged); // selects, in browsers without input
    ui.result.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-copy]');
      if (button) copyLink(button);
    });
    ui.print.addEventListener('click', () => window.print());
  }

  const language = initialLanguage();
  ui.linkLang.value = language;
  listen();
  setLanguage(language);
})();
