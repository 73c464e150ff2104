/*
 * Dalil chat page (index.html). Plain script, no framework, no build step.
 *
 * The page runs under a strict Content-Security-Policy: no inline script or style, so every
 * behaviour is attached here with addEventListener. Every text that comes from the server is put
 * into the page with textContent (never as HTML). The API contract is docs/chat-api.md.
 */
'use strict';

(() => {
  const LANGUAGES = ['ar', 'en', 'fr', 'nl'];
  // Locales for numbers and language names. Arabic keeps Western digits, like the server does.
  const LOCALES = { ar: 'ar-u-nu-latn', en: 'en', fr: 'fr-BE', nl: 'nl-BE' };
  const LANG_KEY = 'dalil.lang'; // localStorage: a language the user chose
  const ID_KEY = 'dalil.conversationId'; // localStorage: a reload continues the conversation
  const HISTORY_KEY = 'dalil.history'; // sessionStorage: what is shown, redrawn after a reload
  const HISTORY_MAX = 60;
  const ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
  const START_PATTERN = /^(ar|en|fr|nl)(-[A-Za-z0-9_-]*)?$/;
  const TIMEOUT_MS = 30000;
  // Used only until the UI texts arrive: when even they cannot be loaded, errors still read well.
  /** The API's limit on a message (docs/chat-api.md), and when the page starts counting down. */
  const MAX_TEXT = 2000;
  const ROOM_SHOWN_BELOW = 200;

  const FALLBACK_TEXTS = {
    'error.network': 'No connection. Check your internet and try again.',
    'error.rateLimited': 'You are sending messages very fast. Please wait a moment and try again.',
    'error.unavailable': 'Dalil is temporarily unavailable. Your conversation is kept: please try again in a few minutes.',
    'error.generic': 'Something went wrong. Please try again.',
  };

  const $ = (id) => document.getElementById(id);
  const ui = {
    scroller: $('conversation'),
    log: $('messages'),
    welcome: $('welcome-block'),
    topics: $('welcome-topics'),
    status: $('status'),
    form: $('composer'),
    input: $('input'),
    room: $('room'),
    send: $('send'),
    lang: $('lang'),
    forget: $('forget'),
    share: $('share-location'),
  };

  const state = {
    lang: 'en',
    texts: null, // the UI texts of state.lang, once loaded
    textsRequest: 0, // the latest texts request wins when the picker changes quickly
    conversationId: '',
    fresh: false, // nothing answered yet under this conversation id
    languagePicked: false, // the picker changed: the next message tells the server
    busy: false,
    history: [],
  };

  // ---- Storage (may be unavailable, e.g. in some private modes: the page then just forgets) ----

  function readStore(area, key) {
    try {
      return window[area].getItem(key);
    } catch (e) {
      return null;
    }
  }

  function writeStore(area, key, value) {
    try {
      if (value === null) {
        window[area].removeItem(key);
      } else {
        window[area].setItem(key, value);
      }
    } catch (e) {
      // Storage refused: nothing to do, the conversation simply is not kept across reloads.
    }
  }

  // ---- Texts ----

  /** The UI text `key` with its {name} placeholders replaced. */
  function t(key, params = {}) {
    const pattern = (state.texts || FALLBACK_TEXTS)[key] || key;
    return pattern.replace(/\{(\w+)\}/g, (match, name) =>
      Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match);
  }

  /** Fills every element marked with data-i18n (text) or data-i18n-<attribute>. */
  function applyTexts() {
    document.querySelectorAll('[data-i18n]').forEach((node) => {
      node.textContent = t(node.dataset.i18n);
    });
    for (const attr of ['placeholder', 'title', 'aria-label']) {
      document.querySelectorAll(`[data-i18n-${attr}]`).forEach((node) => {
        node.setAttribute(attr, t(node.getAttribute(`data-i18n-${attr}`)));
      });
    }
    document.title = t('app.title');
  }

  /** Loads and shows the UI in `code`; false when it could not (the UI stays as it was). */
  async function loadTexts(code) {
    const request = ++state.textsRequest;
    let data;
    try {
      data = await api('GET', `/api/v1/ui-texts?lang=${code}`);
    } catch (err) {
      return false;
    }
    if (request !== state.textsRequest) {
      return false;
    }
    state.lang = code;
    state.texts = data.texts;
    document.documentElement.lang = code;
    document.documentElement.dir = data.dir === 'rtl' ? 'rtl' : 'ltr';
    ui.lang.value = code;
    applyTexts();
    return true;
  }

  /** The language to start in, and whether the user chose it (link, picker) or it is a guess. */
  function initialLanguage(startCode) {
    const chosen = [
      startCode && startCode.slice(0, 2),
      (new URLSearchParams(window.location.search).get('lang') || '').toLowerCase(),
      readStore('localStorage', LANG_KEY),
    ].find((code) => LANGUAGES.includes(code));
    if (chosen) {
      return { code: chosen, chosen: true };
    }
    const browser = (navigator.languages || [navigator.language])
      .map((tag) => String(tag || '').split('-')[0].toLowerCase())
      .find((code) => LANGUAGES.includes(code));
    return { code: browser || 'en', chosen: false };
  }

  // ---- API ----

  class ApiError extends Error {
    /** status: an HTTP status, or 'network'; error: the {code, message} body when there is one. */
    constructor(status, error) {
      super(`API error ${status}`);
      this.status = status;
      this.error = error || null;
    }
  }

  async function api(method, path, body) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
    let response;
    try {
      response = await fetch(path, {
        method,
        headers: body ? { 'Content-Type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
        signal: controller.signal,
      });
    } catch (err) {
      throw new ApiError('network');
    } finally {
      clearTimeout(timer);
    }
    if (response.status === 204) {
      return null;
    }
    let data = null;
    try {
      data = await response.json();
    } catch (err) {
      // Not JSON (a proxy's error page, for instance): the status says enough.
    }
    if (!response.ok) {
      throw new ApiError(response.status, data && data.error);
    }
    return data;
  }

  function errorText(err) {
    const code = err.error && err.error.code;
    if (err.status === 'network') return t('error.network');
    if (err.status === 429) return t('error.rateLimited');
    if (err.status === 503) return t('error.unavailable');
    if (err.status === 413 || code === 'text_too_long') return t('error.tooLong');
    if (err.status === 400) {
      return t('error.badRequest', { message: (err.error && err.error.message) || '' });
    }
    return t('error.generic');
  }

  // ---- Drawing ----

  function make(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  /** A visually hidden "You:" / "Dalil:" so that who speaks is not told by colour and side only. */
  function speaker(key) {
    return make('span', 'visually-hidden', `${t(key)} `);
  }

  function userBubble(text) {
    const bubble = make('div', 'msg user');
    const body = make('span', 'msg-text', text);
    body.dir = 'auto';
    bubble.append(speaker('chat.you'), body);
    return bubble;
  }

  /**
   * Emergency and helpline numbers (112, 1733, 070 245 245, +32 2 ...) in a reply become
   * tap-to-call links; the rest stays text (never HTML from the server). Digit groups may be
   * joined by no-break spaces, which keep them in order inside Arabic text.
   */
  const PHONE = /(\+32(?:[ \u00a0\u202f./]?\d){8,9}|\b0\d{1,3}(?:[ \u00a0\u202f./]\d{2,3}){2,3}\b|\b(?:112|101|1733|1712|1813|107|116[ \u00a0\u202f]?000)\b)/g;

  function withPhoneLinks(element, text) {
    let last = 0;
    for (const match of text.matchAll(PHONE)) {
      element.append(text.slice(last, match.index));
      const link = make('a', 'tel', match[0]);
      link.href = `tel:${match[0].replace(/[^\d+]/g, '')}`;
      link.dir = 'ltr';
      element.append(link);
      last = match.index + match[0].length;
    }
    element.append(text.slice(last));
    return element;
  }

  function botBubble(text, lang) {
    const bubble = make('div', 'msg bot');
    const body = withPhoneLinks(make('span', 'msg-text'), text);
    body.lang = lang;
    body.dir = 'auto';
    bubble.append(speaker('chat.dalil'), body);
    return bubble;
  }

  function quickReplyButton(label, payload, lang) {
    const button = make('button', 'quick-reply', label);
    button.type = 'button';
    button.dataset.payload = payload;
    button.lang = lang;
    button.dir = 'auto';
    return button;
  }

  function quickReplies(options, lang) {
    const row = make('div', 'quick-replies');
    for (const option of options || []) {
      row.append(quickReplyButton(option.label, option.payload, lang));
    }
    return row;
  }

  function numberFormat(options) {
    return new Intl.NumberFormat(LOCALES[state.lang], options);
  }

  function kilometres(km) {
    try {
      return numberFormat({ style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }).format(km);
    } catch (err) { // browsers without unit formatting
      return `${numberFormat({ maximumFractionDigits: 1 }).format(km)} km`;
    }
  }

  function languageNames(codes) {
    let names = codes;
    try {
      const display = new Intl.DisplayNames([LOCALES[state.lang]], { type: 'language' });
      names = codes.map((code) => display.of(code) || code);
    } catch (err) {
      // Older browsers: the codes themselves (nl, fr, ...) are still understandable.
    }
    return typeof Intl.ListFormat === 'function'
      ? new Intl.ListFormat(LOCALES[state.lang], { type: 'unit' }).format(names)
      : names.join(', ');
  }

  /** "Schaerbeek · about 2.4 km", or the reach of an online or national service. */
  function whereLine(actor) {
    let distance = null;
    // An approximate place under a kilometre away is "in your municipality": no "0 km".
    const sameTown = actor.distanceApproximate && actor.distanceKm < 1 && actor.municipality;
    if (typeof actor.distanceKm === 'number' && !sameTown) {
      const km = kilometres(actor.distanceKm);
      distance = actor.distanceApproximate ? t('actor.approximate', { distance: km }) : km;
    } else if (actor.scope === 'online') {
      distance = t('actor.online');
    } else if (actor.scope === 'national') {
      distance = t('actor.national');
    }
    const parts = [actor.municipality, distance].filter(Boolean);
    if (!parts.length) return null;
    const line = make('p', 'actor-where');
    parts.forEach((part, i) => {
      if (i) line.append(' · ');
      line.append(make('bdi', null, part)); // a Latin name next to Arabic text stays in order
    });
    return line;
  }

  function actionLink(kind, href, labelKey, detail, newTab) {
    const link = make('a', `action ${kind}`);
    link.href = href;
    link.append(make('span', 'action-label', t(labelKey)));
    if (detail) {
      const value = make('bdi', 'action-detail', detail);
      value.dir = 'ltr'; // phone numbers and addresses read left to right, also in Arabic
      link.append(value);
    }
    if (newTab) {
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      link.append(make('span', 'visually-hidden', ` ${t('actor.newTab')}`));
    }
    return link;
  }

  const isWebUrl = (url) => /^https?:\/\//i.test(url || '');

  function actorCard(actor, lang) {
    const card = make('article', 'actor-card');
    // The heading keeps the card's direction (right-aligned in Arabic); <bdi> keeps a Latin name
    // in its own reading order inside it.
    const name = make('h2', 'actor-name');
    name.append(make('bdi', null, actor.name));
    card.append(name);
    const where = whereLine(actor);
    if (where) card.append(where);
    if (actor.description) {
      const description = make('p', 'actor-description', actor.description);
      description.lang = lang;
      description.dir = 'auto';
      card.append(description);
    }
    if (actor.address) {
      const address = make('p', 'actor-address');
      address.append(make('bdi', null, actor.address));
      card.append(address);
    }
    if (actor.languages && actor.languages.length) {
      card.append(make('p', 'actor-languages',
        t('actor.languages', { languages: languageNames(actor.languages) })));
    }
    const flags = actor.flags || [];
    if (flags.includes('commercial')) {
      card.append(make('p', 'actor-note', t('actor.paid')));
    }
    if (flags.includes('contact_unverified')) {
      card.append(make('p', 'actor-note', t('actor.unverified')));
    } else if (flags.includes('contact_incomplete')) {
      card.append(make('p', 'actor-note', t('actor.incomplete')));
    }
    const actions = make('div', 'actor-actions');
    if (actor.phone) {
      actions.append(actionLink('call', `tel:${actor.phone.replace(/[^\d+]/g, '')}`, 'actor.call',
        actor.phone));
    }
    if (actor.email) {
      actions.append(actionLink('email', `mailto:${actor.email}`, 'actor.email', actor.email));
    }
    if (isWebUrl(actor.website)) {
      actions.append(actionLink('website', actor.website, 'actor.website', null, true));
    }
    if (isWebUrl(actor.mapUrl)) {
      actions.append(actionLink('map', actor.mapUrl, 'actor.map', null, true));
    }
    if (actions.childElementCount) card.append(actions);
    if (actor.lastVerified > 0) {
      card.append(make('p', 'actor-checked', t('actor.checked', { year: actor.lastVerified })));
    }
    return card;
  }

  /** One part of a reply (docs/chat-api.md); null for a part type this page does not know. */
  function replyPart(part, lang) {
    switch (part.type) {
      case 'text':
        return botBubble(part.text, lang);
      case 'actors': {
        // Read out: a one-line summary. The cards themselves stay out of the live announcement
        // (hundreds of words at once) and are reached by their headings.
        const block = make('div', 'actors-block');
        const count = (part.actors || []).length;
        block.append(make('p', 'visually-hidden', t('actors.summary', { count })));
        const list = make('div', 'actors');
        list.setAttribute('aria-live', 'off');
        for (const actor of part.actors || []) list.append(actorCard(actor, lang));
        block.append(list);
        return block;
      }
      case 'quickReplies':
        return quickReplies(part.options, lang);
      case 'requestLocation': {
        const bubble = botBubble(part.text, lang);
        const button = make('button', 'location-request', t('location.share'));
        button.type = 'button';
        bubble.append(button);
        return bubble;
      }
      default:
        return null;
    }
  }

  /**
   * Quick replies of earlier answers are answered or outdated: they go, so that the keyboard
   * does not walk through every menu ever shown.
   */
  function retireQuickReplies() {
    ui.log.querySelectorAll('.quick-replies').forEach((row) => row.remove());
  }

  /**
   * A menu of topics while the welcome menu is on screen would show the same 20 buttons twice.
   */
  function repeatsWelcomeMenu(part) {
    return part.type === 'quickReplies' && !ui.welcome.hidden && (part.options || []).length > 3
      && part.options.every((option) => /^(topic:|menu$)/.test(option.payload || ''));
  }

  /** Draws a history entry; returns its first element, for scrolling. */
  function draw(entry) {
    const nodes = entry.who === 'user'
      ? [userBubble(entry.text)]
      : entry.parts.filter((part) => !repeatsWelcomeMenu(part))
        .map((part) => replyPart(part, entry.lang)).filter(Boolean);
    ui.log.append(...nodes);
    return nodes[0] || null;
  }

  function notice(text, kind = 'error') {
    const note = make('p', `msg notice ${kind}`);
    const icon = make('span', 'notice-icon', kind === 'error' ? '⚠' : '✓');
    icon.setAttribute('aria-hidden', 'true');
    note.append(icon, make('span', null, text));
    ui.log.append(note);
    note.scrollIntoView({ block: 'nearest' });
  }

  /**
   * The status line is always in the page and only its text changes: screen readers announce a
   * change in a live region they already know, not one shown and filled in the same step.
   */
  function showStatus(text) {
    ui.status.replaceChildren();
    if (text) {
      const dots = make('span', 'dots');
      dots.setAttribute('aria-hidden', 'true');
      dots.append(make('span'), make('span'), make('span'));
      ui.status.append(dots, make('span', null, text));
      ui.status.scrollIntoView({ block: 'nearest' });
    }
  }

  // ---- Conversation history (this tab only, so a reload keeps what is on screen) ----

  function remember(entry) {
    state.history.push(entry);
    state.history.splice(0, state.history.length - HISTORY_MAX);
    writeStore('sessionStorage', HISTORY_KEY,
      JSON.stringify({ id: state.conversationId, entries: state.history }));
  }

  function restoreHistory() {
    try {
      const saved = JSON.parse(readStore('sessionStorage', HISTORY_KEY) || 'null');
      if (saved && saved.id === state.conversationId && Array.isArray(saved.entries)) {
        state.history = saved.entries;
        state.history.forEach((entry, i) => {
          if (i > 0 && entry.who === 'bot') retireQuickReplies();
          draw(entry);
        });
        ui.scroller.scrollTop = ui.scroller.scrollHeight;
        window.scrollTo(0, document.documentElement.scrollHeight); // short screens: the page scrolls
      }
    } catch (err) {
      writeStore('sessionStorage', HISTORY_KEY, null); // unreadable: start with a clean screen
    }
  }

  function newConversation() {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
    const bytes = crypto.getRandomValues(new Uint8Array(22)); // 64 symbols: 6 random bits each
    state.conversationId = Array.from(bytes, (b) => alphabet[b & 63]).join('');
    state.fresh = true;
    state.history = [];
    writeStore('localStorage', ID_KEY, state.conversationId);
    writeStore('sessionStorage', HISTORY_KEY, null);
  }

  // ---- Sending ----

  function setBusy(busy) {
    state.busy = busy;
    ui.log.setAttribute('aria-busy', String(busy));
    ui.send.setAttribute('aria-disabled', String(busy));
    showStatus(busy ? t('typing') : null);
  }

  function putBack(text) {
    ui.input.value = ui.input.value ? `${text}\n${ui.input.value}` : text;
    fitInput();
    updateRoom();
  }

  /**
   * Sends one message and draws the reply. `echo` is the user's bubble (none for a language
   * switch or a start link); typed `text` goes back into the input when sending fails.
   * Returns true when answered, the ApiError when it failed, false when another message was
   * still on its way (nothing sent).
   */
  async function send({ text = '', payload = null, location = null, echo = null, switching = false,
    fromButton = false }) {
    if (state.busy) return false;
    setBusy(true);
    if (!state.texts) await loadTexts(state.lang); // the first load failed: try again now
    const body = { conversationId: state.conversationId };
    if (text) body.text = text;
    if (payload) body.payload = payload;
    if (location) body.location = location;
    // The picked language goes with the switch and the next message only, so that the server
    // otherwise detects the language from what is written. A first message without text (a
    // topic button, a location) carries it too: there is nothing to detect it from.
    if (switching || state.languagePicked || (state.fresh && !text)) body.language = state.lang;
    const bubble = echo ? userBubble(echo) : null;
    if (bubble) {
      ui.log.append(bubble);
      bubble.scrollIntoView({ block: 'nearest' });
    }
    try {
      const reply = await api('POST', '/api/v1/messages', body);
      state.fresh = false;
      if (!switching) state.languagePicked = false;
      // The page follows the language the reply is written in (Arabic typed on an English page:
      // the page turns Arabic and right-to-left), so labels and reply never mix two languages.
      if (reply.language && reply.language !== state.lang && LANGUAGES.includes(reply.language)) {
        await loadTexts(reply.language);
        if (!ui.welcome.hidden) showWelcome();
      }
      if (bubble) bubble.querySelector('.msg-text').lang = reply.language;
      if (echo) remember({ who: 'user', text: echo });
      const entry = { who: 'bot', lang: reply.language, parts: reply.replies || [] };
      remember(entry);
      setBusy(false);
      retireQuickReplies();
      const first = draw(entry);
      if (first) {
        first.scrollIntoView({ block: 'start' });
        // A tapped button is gone, or the reply lists organisations to act on: the reply's
        // start takes the focus, so that the next Tab reaches its cards and buttons (the
        // message box follows them). A question back, after typing, leaves the cursor in the
        // message box, where the answer is typed.
        if (fromButton || entry.parts.some((part) => part.type === 'actors')) {
          first.tabIndex = -1;
          first.focus({ preventScroll: true });
        }
      }
      return true;
    } catch (err) {
      setBusy(false);
      if (bubble) bubble.remove();
      if (text) putBack(text);
      notice(errorText(err));
      return err;
    }
  }

  /** Characters as the server counts them (code points: an emoji is one). */
  function length(text) {
    return [...text].length;
  }

  /**
   * Near the limit, says how many characters are left; past it, how many are too many, and the
   * message is not sent (nothing is cut silently).
   */
  function updateRoom() {
    const left = MAX_TEXT - length(ui.input.value.trim());
    ui.room.hidden = left > ROOM_SHOWN_BELOW;
    ui.room.classList.toggle('over', left < 0);
    ui.input.toggleAttribute('aria-invalid', left < 0);
    if (!ui.room.hidden) {
      ui.room.textContent = left >= 0 ? t('input.left', { count: left })
        : t('input.over', { count: -left });
    }
    return left;
  }

  function submitInput() {
    const text = ui.input.value.trim();
    if (!text || state.busy) return;
    if (updateRoom() < 0) {
      ui.input.focus();
      return;
    }
    ui.input.value = '';
    fitInput();
    updateRoom();
    send({ text, echo: text });
  }

  function shareLocation() {
    if (state.busy) return;
    if (!navigator.geolocation) {
      notice(t('location.unavailable'));
      return;
    }
    showStatus(t('location.finding'));
    navigator.geolocation.getCurrentPosition(
      (position) => {
        showStatus(null);
        send({
          location: { lat: position.coords.latitude, lon: position.coords.longitude },
          echo: t('location.mine'),
        });
      },
      (error) => {
        showStatus(null);
        notice(t(error.code === error.PERMISSION_DENIED ? 'location.denied' : 'location.unavailable'));
      },
      { enableHighAccuracy: false, timeout: 20000, maximumAge: 600000 });
  }

  // ---- Welcome and topic menu ----

  async function showWelcome() {
    ui.welcome.hidden = false;
    try {
      const data = await api('GET', `/api/v1/topics?lang=${state.lang}`);
      if (data.language !== state.lang) return; // the language changed meanwhile
      // Emergencies first, as in every menu.
      const practical = data.topics.filter((topic) => topic.practical);
      const ordered = [...practical.filter((topic) => topic.id === 'emergency'),
        ...practical.filter((topic) => topic.id !== 'emergency')];
      ui.topics.replaceChildren(...ordered
        .map((topic) => quickReplyButton(topic.label, `topic:${topic.id}`, data.language)));
    } catch (err) {
      ui.topics.replaceChildren(); // no menu: the user can still write a question
    }
  }

  // ---- User actions ----

  async function changeLanguage() {
    const code = ui.lang.value;
    if (!(await loadTexts(code))) {
      if (ui.lang.value === code) { // not overtaken by a newer choice: it failed
        ui.lang.value = state.lang;
        notice(t('error.network'));
      }
      return;
    }
    writeStore('localStorage', LANG_KEY, code);
    state.languagePicked = true;
    if (!ui.welcome.hidden) showWelcome();
    send({ payload: `lang:${code}`, switching: true });
  }

  async function forget() {
    if (state.busy || !window.confirm(t('forget.confirm'))) return;
    try {
      await api('DELETE', `/api/v1/conversations/${encodeURIComponent(state.conversationId)}`);
    } catch (err) {
      notice(t('forget.failed'));
      return;
    }
    ui.log.replaceChildren();
    newConversation();
    showWelcome();
    notice(t('forget.done'), 'info');
  }

  /** Grows the input with its text, up to the CSS max-height. */
  function fitInput() {
    ui.input.style.height = 'auto';
    ui.input.style.height = `${ui.input.scrollHeight + 2}px`;
  }

  function listen() {
    ui.form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitInput();
    });
    ui.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        submitInput();
      }
    });
    ui.input.addEventListener('input', () => {
      fitInput();
      updateRoom();
    });
    // The skip link scrolls to the input; this also puts the cursor in it.
    document.querySelector('.skip-link').addEventListener('click', () => ui.input.focus());
    ui.lang.addEventListener('change', changeLanguage);
    ui.forget.addEventListener('click', forget);
    ui.share.addEventListener('click', shareLocation);
    // Buttons inside the conversation (quick replies, location requests), also redrawn ones.
    ui.scroller.addEventListener('click', (event) => {
      const button = event.target.closest('button');
      if (!button || state.busy) return;
      if (button.classList.contains('quick-reply') && button.dataset.payload === 'forget') {
        // Offered after "forget me": clears this page's copy too, as the Forget button does.
        forget();
      } else if (button.classList.contains('quick-reply')) {
        send({ payload: button.dataset.payload, echo: button.textContent, fromButton: true });
      } else if (button.classList.contains('location-request')) {
        shareLocation();
      }
    });
  }

  /** A counsellor link (?start=<code>): opens the conversation in its language, place and topic. */
  async function openStartLink(code) {
    const outcome = await send({ payload: `start:${code}` });
    const retryable = outcome instanceof ApiError && [429, 503, 'network'].includes(outcome.status);
    if (!retryable) dropStartParam(); // done, or useless to repeat: a reload must not resend it
    if (outcome !== true) showWelcome();
  }

  function dropStartParam() {
    const params = new URLSearchParams(window.location.search);
    params.delete('start');
    const query = params.toString();
    window.history.replaceState(null, '',
      window.location.pathname + (query ? `?${query}` : '') + window.location.hash);
  }

  async function init() {
    const startParam = new URLSearchParams(window.location.search).get('start');
    const startCode = startParam && START_PATTERN.test(startParam) ? startParam : null;
    const language = initialLanguage(startCode);
    state.lang = language.code;
    ui.lang.value = language.code;
    if (language.chosen) writeStore('localStorage', LANG_KEY, language.code);

    const storedId = readStore('localStorage', ID_KEY);
    if (storedId && ID_PATTERN.test(storedId)) {
      state.conversationId = storedId;
    } else {
      newConversation();
    }
    listen();
    if (!(await loadTexts(language.code))) notice(t('error.network'));
    restoreHistory();
    if (startCode) {
      openStartLink(startCode);
    } else {
      if (startParam !== null) dropStartParam(); // not a link code: ignore it
      if (!state.history.length) showWelcome();
    }
  }

  init();
})();
