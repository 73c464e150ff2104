'use strict';
// The editors' page: reads the API with the session cookie and sends the CSRF token with every
// change. Unsigned visitors never get here (the server sends them to the sign-in page).
(() => {
  const ui = {
    who: document.getElementById('who'),
    rows: document.querySelector('#unanswered tbody'),
    status: document.getElementById('status'),
    showAnswered: document.getElementById('show-answered'),
  };
  let session = null;
  let groups = [];
  const t = (key, params) => window.EditorTexts.t(key, params);

  function cell(text, attributes = {}) {
    const td = document.createElement('td');
    td.textContent = text;
    for (const [name, value] of Object.entries(attributes)) td.setAttribute(name, value);
    return td;
  }

  function draw() {
    const shown = groups.filter((g) => ui.showAnswered.checked || !g.answered);
    ui.rows.replaceChildren(...shown.map((g) => {
      const row = document.createElement('tr');
      row.dataset.group = g.id;
      if (g.answered) row.classList.add('answered');
      const action = document.createElement('td');
      if (g.answered) {
        action.textContent = t('editor.unanswered.answered');
      } else {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'mark-answered';
        button.textContent = t('editor.unanswered.mark');
        button.setAttribute('aria-label', t('editor.unanswered.markLabel', { text: g.text }));
        button.addEventListener('click', () => markAnswered(g));
        action.append(button);
      }
      row.append(cell(String(g.count)), cell(g.text, { lang: g.language, dir: 'auto' }),
        cell(g.language), cell(g.topic || '-'), cell(g.municipality || '-'), cell(g.lastDay),
        action);
      return row;
    }));
    ui.status.textContent = shown.length === 0 ? t('editor.unanswered.none')
      : t('editor.unanswered.count', { count: shown.length });
  }

  async function load() {
    const response = await fetch('/api/v1/editor/unanswered', { credentials: 'same-origin' });
    if (response.status === 401) {
      window.location.replace('/editor/login.html');
      return;
    }
    groups = (await response.json()).groups;
    draw();
  }

  async function markAnswered(group) {
    const response = await fetch(`/api/v1/editor/unanswered/${group.id}/answered`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { [session.csrf.header]: session.csrf.token },
    });
    if (response.ok) {
      group.answered = true;
      draw();
      ui.status.textContent = t('editor.unanswered.marked');
    } else {
      ui.status.textContent = t('editor.unanswered.markFailed');
    }
  }

  // ---- Proposals ----

  async function post(path, body) {
    return fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: Object.assign({ [session.csrf.header]: session.csrf.token },
        body ? { 'Content-Type': 'application/json' } : {}),
      body: body ? JSON.stringify(body) : undefined,
    });
  }

  function element(tag, text, attributes = {}) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    return node;
  }

  function proposalCard(p) {
    const card = element('article', undefined, { class: 'proposal', 'data-proposal': p.id });
    const title = element('h3', t(p.kind === 'new' ? 'editor.proposal.new'
      : 'editor.proposal.change', { name: p.name }),
      { dir: 'auto' });
    const meta = element('p', t('editor.proposal.meta', { language: p.language,
      date: p.proposedAt.slice(0, 10) }) + (p.listingId ? ` (${p.listingId})` : ''));
    const table = element('table');
    table.append(element('caption', t('editor.proposal.fields', { name: p.name }),
      { class: 'visually-hidden' }));
    const head = element('tr');
    ['editor.proposal.field', 'editor.proposal.now', 'editor.proposal.proposed']
      .forEach((h) => head.append(element('th', t(h), { scope: 'col' })));
    table.append(element('thead'));
    table.tHead.append(head);
    const body = element('tbody');
    for (const c of p.changes) {
      const row = element('tr');
      row.append(element('th', c.field, { scope: 'row' }), element('td', c.before, { dir: 'auto' }),
        element('td', c.after, { dir: 'auto', class: 'after' }));
      body.append(row);
    }
    table.append(body);
    const approve = element('button', t('editor.proposal.approve'),
      { type: 'button', class: 'approve' });
    const reasonId = `reason-${p.id}`;
    const reasonLabel = element('label', t('editor.proposal.reason'), { for: reasonId });
    const reason = element('textarea', undefined, { id: reasonId, rows: '2', maxlength: '1000' });
    const reject = element('button', t('editor.proposal.reject'),
      { type: 'button', class: 'reject' });
    const status = element('p', '', { role: 'status' });
    approve.addEventListener('click', async () => {
      const response = await post(`/api/v1/editor/proposals/${p.id}/approve`);
      const result = await response.json().catch(() => ({}));
      status.textContent = response.ok ? t('editor.proposal.published', { id: result.listingId })
        : t('editor.proposal.publishFailed');
      if (response.ok) [approve, reject, reason].forEach((n) => { n.disabled = true; });
    });
    reject.addEventListener('click', async () => {
      if (!reason.value.trim()) {
        status.textContent = t('editor.proposal.reasonFirst');
        reason.focus();
        return;
      }
      const response = await post(`/api/v1/editor/proposals/${p.id}/reject`,
        { reason: reason.value.trim() });
      status.textContent = response.ok ? t('editor.proposal.rejected')
        : t('editor.proposal.rejectFailed');
      if (response.ok) [approve, reject, reason].forEach((n) => { n.disabled = true; });
    });
    card.append(title, meta, table, approve, reasonLabel, reason, reject, status);
    return card;
  }

  async function loadProposals() {
    const response = await fetch('/api/v1/editor/proposals', { credentials: 'same-origin' });
    if (!response.ok) return;
    const proposals = (await response.json()).proposals;
    document.getElementById('proposals').replaceChildren(...proposals.map(proposalCard));
    document.getElementById('proposals-status').textContent = proposals.length === 0
      ? t('editor.proposals.none') : t('editor.proposals.count', { count: proposals.length });
  }

  async function showHistory(event) {
    if (event) event.preventDefault();
    const id = document.getElementById('history-id').value.trim();
    const status = document.getElementById('history-status');
    const response = await fetch(`/api/v1/editor/listings/${encodeURIComponent(id)}/versions`,
      { credentials: 'same-origin' });
    const list = document.getElementById('history');
    if (!response.ok) {
      status.textContent = t('editor.history.unknown');
      list.replaceChildren();
      return;
    }
    const versions = (await response.json()).versions;
    status.textContent = versions.length === 0 ? t('editor.history.never')
      : t('editor.history.count', { count: versions.length });
    const last = versions.length;
    list.replaceChildren(...versions.map((v) => {
      const item = element('li', `${v.at.slice(0, 16).replace('T', ' ')} - ${v.editor} - ${v.change} `);
      if (v.number !== last) {
        const button = element('button', t('editor.history.restore', { number: v.number }),
          { type: 'button', class: 'revert' });
        button.addEventListener('click', async () => {
          const reverted = await post(`/api/v1/editor/listings/${encodeURIComponent(id)}/versions/${v.number}/revert`);
          if (reverted.ok) await showHistory();
          status.textContent = reverted.ok ? t('editor.history.restored', { number: v.number })
            : t('editor.history.restoreFailed');
        });
        item.append(button);
      }
      return item;
    }));
  }

  async function loadStale() {
    const response = await fetch('/api/v1/editor/stale', { credentials: 'same-origin' });
    if (!response.ok) return;
    const stale = await response.json();
    document.getElementById('stale-status').textContent = stale.count === 0
      ? t('editor.stale.none')
      : t('editor.stale.count', { count: stale.count, shown: stale.listings.length });
    document.querySelector('#stale tbody').replaceChildren(...stale.listings.map((l) => {
      const row = element('tr');
      row.append(element('td', l.lastVerified ? String(l.lastVerified) : t('editor.stale.never')),
        element('td', l.name, { dir: 'auto' }), element('td', l.municipality || '-'),
        element('td', l.id));
      return row;
    }));
  }

  (async () => {
    await window.EditorTexts.load();
    window.EditorTexts.listen(() => Promise.all([load(), loadProposals(), loadStale()]));
    session = await (await fetch('/api/v1/editor/session', { credentials: 'same-origin' }))
      .json();
    if (!session.signedIn) {
      window.location.replace('/editor/login.html');
      return;
    }
    ui.who.textContent = session.name;
    const logout = document.getElementById('logout-csrf');
    logout.name = session.csrf.parameter;
    logout.value = session.csrf.token;
    ui.showAnswered.addEventListener('change', draw);
    document.getElementById('history-form').addEventListener('submit', showHistory);
    await Promise.all([load(), loadProposals(), loadStale()]);
  })();
})();
