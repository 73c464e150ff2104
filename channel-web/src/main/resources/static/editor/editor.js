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
        action.textContent = 'Answered';
      } else {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'mark-answered';
        button.textContent = 'Mark answered';
        button.setAttribute('aria-label', `Mark answered: ${g.text}`);
        button.addEventListener('click', () => markAnswered(g));
        action.append(button);
      }
      row.append(cell(String(g.count)), cell(g.text, { lang: g.language, dir: 'auto' }),
        cell(g.language), cell(g.topic || '-'), cell(g.municipality || '-'), cell(g.lastDay),
        action);
      return row;
    }));
    ui.status.textContent = shown.length === 0 ? 'Nothing to review.'
      : `${shown.length} groups of questions.`;
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
      ui.status.textContent = 'Marked answered.';
    } else {
      ui.status.textContent = 'Could not mark it. Reload the page and try again.';
    }
  }

  (async () => {
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
    await load();
  })();
})();
