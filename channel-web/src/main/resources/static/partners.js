'use strict';
// The organisations' page: find a listing, propose a change or a new listing, in four languages.
// The server validates with the importer's own checks; its field problems are shown at each field.
(() => {
  const LANGUAGES = ['ar', 'en', 'fr', 'nl'];
  const LANGUAGE_KEY = 'dalil.lang';
  const state = { lang: 'en', texts: {}, places: [], editing: null, current: null };
  const $ = (id) => document.getElementById(id);

  async function api(method, path, body) {
    let response;
    try {
      response = await fetch(path, {
        method,
        headers: body ? { 'Content-Type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
      });
    } catch (e) {
      return { ok: false, status: 0, data: null };
    }
    const data = await response.json().catch(() => null);
    return { ok: response.ok, status: response.status, data };
  }

  function t(key, params = {}) {
    return (state.texts[key] || key).replace(/\{(\w+)\}/g, (match, name) =>
      Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match);
  }

  async function setLanguage(code) {
    state.lang = code;
    const texts = await api('GET', `/api/v1/ui-texts?lang=${code}`);
    if (!texts.ok) return;
    state.texts = texts.data.texts;
    document.documentElement.lang = code;
    document.documentElement.dir = texts.data.dir;
    document.querySelectorAll('[data-i18n]').forEach((node) => {
      node.textContent = t(node.dataset.i18n);
    });
    document.title = t('partners.title');
    $('lang').value = code;
    try { localStorage.setItem(LANGUAGE_KEY, code); } catch (e) { /* private mode */ }
    await Promise.all([loadTopics(), loadPlaces()]);
    if (state.editing) heading();
  }

  async function loadTopics() {
    const topics = await api('GET', `/api/v1/topics?lang=${state.lang}`);
    if (!topics.ok) return;
    const checked = new Set(selectedTopics());
    $('f-topics').replaceChildren(...topics.data.topics.filter((x) => x.practical).map((x) => {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = x.id;
      box.checked = checked.has(x.id);
      label.append(box, document.createTextNode(x.label));
      return label;
    }));
  }

  async function loadPlaces() {
    const places = await api('GET', `/api/v1/places?lang=${state.lang}`);
    if (!places.ok) return;
    state.places = places.data.places;
    $('f-places').replaceChildren(...state.places.map((p) => {
      const option = document.createElement('option');
      option.value = p.name;
      if (p.label !== p.name) option.label = p.label;
      return option;
    }));
  }

  function selectedTopics() {
    return [...document.querySelectorAll('#f-topics input:checked')].map((box) => box.value);
  }

  function notice(key) {
    const line = $('p-notice');
    line.textContent = t(key);
    line.hidden = false;
    line.focus();
  }

  async function find(event) {
    event.preventDefault();
    const q = $('p-query').value.trim();
    if (!q) return;
    const found = await api('GET', `/api/v1/partners/listings?q=${encodeURIComponent(q)}`);
    const listings = found.ok ? found.data.listings : [];
    $('p-none').hidden = listings.length > 0;
    $('p-found').replaceChildren(...listings.map((listing) => {
      const item = document.createElement('li');
      const name = document.createElement('bdi');
      name.textContent = listing.municipality ? `${listing.name} (${listing.municipality})`
        : listing.name;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'secondary';
      button.textContent = t('partners.change');
      button.setAttribute('aria-label', `${t('partners.change')}: ${listing.name}`);
      button.addEventListener('click', () => edit(listing.id));
      item.append(name, button);
      return item;
    }));
  }

  function heading() {
    $('p-form-heading').textContent = state.current
      ? t('partners.headingChange', { name: state.current.name }) : t('partners.headingNew');
  }

  async function edit(id) {
    state.current = null;
    if (id) {
      const listing = await api('GET', `/api/v1/partners/listings/${encodeURIComponent(id)}`);
      if (!listing.ok) {
        notice('partners.error');
        return;
      }
      state.current = listing.data;
    }
    state.editing = true;
    fill(state.current || {});
    $('p-editor').hidden = false;
    heading();
    $('p-form-heading').focus();
  }

  /** The form shows the listing's fields (an empty form for a new listing). */
  function fill(record) {
    const description = record.description || {};
    $('f-name').value = record.name || '';
    $('f-description').value = description[state.lang] || description.en || description.fr
      || description.nl || description.ar || '';
    $('f-municipality').value = record.municipality || '';
    $('f-postcode').value = record.postcode || '';
    $('f-address').value = record.address || '';
    $('f-phone').value = record.phone || '';
    $('f-email').value = record.email || '';
    $('f-website').value = record.website || '';
    $('f-languages').value = (record.languages || []).join(', ');
    $('f-cost').value = (record.accessibility || {}).cost || '';
    $('f-hours').value = record.notes || '';
    const area = (record.serviceArea || [])[0] || 'municipality:';
    $('f-area').value = area.startsWith('region:') ? 'region'
      : area === 'national' || area === 'online' ? area : 'municipality';
    state.filledArea = $('f-area').value;
    state.filledMunicipality = $('f-municipality').value;
    const topics = new Set(record.topics || []);
    document.querySelectorAll('#f-topics input').forEach((box) => {
      box.checked = topics.has(box.value);
    });
    clearProblems();
  }

  function place() {
    const typed = $('f-municipality').value.trim().toLowerCase();
    return state.places.find((p) => p.name.toLowerCase() === typed
      || p.label.toLowerCase() === typed) || null;
  }

  /** The listing as the import format has it: the current record with the form's changes. */
  function record() {
    const r = JSON.parse(JSON.stringify(state.current || {}));
    r.name = $('f-name').value.trim();
    r.description = Object.assign({}, r.description || {});
    r.description[state.lang] = $('f-description').value.trim();
    r.topics = selectedTopics();
    const found = place();
    r.municipality = found ? found.name : $('f-municipality').value.trim();
    r.postcode = $('f-postcode').value.trim();
    r.address = $('f-address').value.trim();
    delete r.lat;
    delete r.lon;
    r.phone = $('f-phone').value.trim();
    r.email = $('f-email').value.trim();
    r.website = $('f-website').value.trim();
    r.languages = $('f-languages').value.split(/[\s,;]+/).filter(Boolean);
    r.accessibility = Object.assign({}, r.accessibility || {}, { cost: $('f-cost').value.trim() });
    r.notes = $('f-hours').value.trim();
    const area = $('f-area').value;
    if (state.current && area === state.filledArea
      && $('f-municipality').value === state.filledMunicipality) {
      return r; // who can come is unchanged: the listing keeps its own service area and scope
    }
    r.serviceArea = area === 'municipality' ? [found ? `municipality:${found.id}` : '']
      : area === 'region' ? [found ? `region:${found.region}` : ''] : [area];
    r.scope = area === 'national' ? 'national' : area === 'online' ? 'online'
      : area === 'region' ? 'regional' : 'local';
    return r;
  }

  function clearProblems() {
    document.querySelectorAll('.field-problem').forEach((p) => p.remove());
    document.querySelectorAll('[aria-invalid]').forEach((node) => {
      node.removeAttribute('aria-invalid');
      const described = (node.getAttribute('aria-describedby') || '').split(' ')
        .filter((id) => !id.startsWith('problem-')).join(' ');
      if (described) node.setAttribute('aria-describedby', described);
      else node.removeAttribute('aria-describedby');
    });
    $('p-problems').hidden = true;
  }

  /** Marks each field the server named; focus goes to the summary above the form. */
  function showProblems(problems) {
    clearProblems();
    const fields = new Set(problems.map((p) => p.field === 'lat' ? 'municipality' : p.field)
      .map((f) => f === 'id' ? 'name' : f));
    for (const field of fields) {
      const target = document.querySelector(`[data-field="${field}"]`);
      if (!target) continue;
      const note = document.createElement('p');
      note.className = 'field-problem';
      note.id = `problem-${field.replace(/\W/g, '-')}`;
      note.textContent = t('partners.invalid');
      target.after(note);
      target.setAttribute('aria-invalid', 'true');
      target.setAttribute('aria-describedby',
        `${target.getAttribute('aria-describedby') || ''} ${note.id}`.trim());
    }
    $('p-problems').textContent = t('partners.problems');
    $('p-problems').hidden = false;
    $('p-problems').focus();
  }

  async function submit(event) {
    event.preventDefault();
    const email = $('f-you').value.trim();
    const body = {
      record: record(),
      changeOf: state.current ? state.current.id : null,
      email,
      language: state.lang,
      website2: $('f-website2').value,
    };
    $('p-submit').disabled = true;
    const sent = await api('POST', '/api/v1/partners/proposals', body);
    $('p-submit').disabled = false;
    if (sent.ok) {
      $('p-editor').hidden = true;
      state.editing = null;
      notice('partners.sent');
      return;
    }
    const error = (sent.data && sent.data.error) || {};
    if (error.code === 'import_rejected') {
      showProblems(error.problems || []);
    } else if (error.code === 'invalid_parameter' && /email/.test(error.message || '')) {
      showProblems([{ field: 'proposerEmail' }]);
    } else if (error.code === 'mail_unavailable') {
      notice('partners.mailUnavailable');
    } else {
      notice('partners.error');
    }
  }

  /** The yearly question: is this listing still right? */
  async function showCheck(token) {
    const checked = await api('GET', `/api/v1/partners/check?token=${encodeURIComponent(token)}`);
    if (!checked.ok) {
      notice('partners.linkExpired');
      return;
    }
    $('p-check').hidden = false;
    $('p-check-heading').textContent = t('partners.check.heading', { name: checked.data.name });
    $('p-check-heading').focus();
    $('p-check-yes').onclick = async () => {
      const done = await api('POST', '/api/v1/partners/check', { token });
      $('p-check').hidden = true;
      notice(done.ok ? 'partners.check.done' : 'partners.linkExpired');
    };
    $('p-check-no').onclick = () => {
      $('p-check').hidden = true;
      edit(checked.data.listingId);
    };
  }

  (async () => {
    const params = new URLSearchParams(window.location.search);
    let stored = null;
    try { stored = localStorage.getItem(LANGUAGE_KEY); } catch (e) { /* private mode */ }
    const lang = [params.get('lang'), stored,
      ...(navigator.languages || []).map((tag) => String(tag).split('-')[0])]
      .find((code) => LANGUAGES.includes(code)) || 'en';
    await setLanguage(lang);
    $('lang').addEventListener('change', () => setLanguage($('lang').value));
    $('p-find').addEventListener('submit', find);
    $('p-new').addEventListener('click', () => edit(null));
    $('p-form').addEventListener('submit', submit);
    if (params.has('check')) await showCheck(params.get('check'));
    if (params.has('confirmed')) notice('partners.confirmed');
    if (params.has('linkExpired')) notice('partners.linkExpired');
  })();
})();
