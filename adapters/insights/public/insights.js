/* global document, fetch */
// The insights page: plain DOM over the insights API; the agent console's sign-in is shared.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);

  async function api(path, body) {
    const res = await fetch(`/agent/api/insights${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await res.json().catch(() => ({}));
    if (res.status === 401) showSignedOut();
    return { ok: res.ok, status: res.status, data };
  }

  const el = (tag, props = {}, ...children) => {
    const node = Object.assign(document.createElement(tag), props);
    for (const c of children) node.append(c);
    return node;
  };
  const day = (iso) =>
    new Date(iso).toLocaleDateString([], { day: 'numeric', month: 'short', year: 'numeric' });
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const articleLink = (id) => el('a', { href: `/help/${encodeURIComponent(id)}`, textContent: id });

  function showSignedOut() {
    $('signed-out').hidden = false;
    $('content').hidden = true;
  }

  function showError(text) {
    $('error').textContent = text;
    $('error').hidden = !text;
  }

  function emptyRow(columns, text) {
    return el('tr', {}, el('td', { colSpan: columns, textContent: text }));
  }

  function handledForm(group, index) {
    const noteId = `note-${index}`;
    const input = el('input', {
      id: noteId,
      name: 'note',
      required: true,
      maxLength: 500,
      autocomplete: 'off',
      placeholder: 'e.g. added to the refunds article',
    });
    const form = el(
      'form',
      { className: 'handle' },
      el('label', { htmlFor: noteId, textContent: 'Note' }),
      input,
      el('button', { type: 'submit', textContent: 'Mark handled' }),
    );
    // Names the group for screen readers, so every "Mark handled" button says which questions.
    input.setAttribute('aria-describedby', `group-${index}`);
    form.onsubmit = (event) => {
      event.preventDefault();
      markHandled(group, input.value, form);
    };
    return form;
  }

  function groupRow(group, index) {
    return el(
      'tr',
      {},
      el(
        'th',
        { scope: 'row', id: `group-${index}` },
        el('ul', { className: 'examples' }, ...group.examples.map((t) => el('li', { textContent: t }))),
      ),
      el('td', { className: 'num', textContent: String(group.count) }),
      el('td', {
        textContent:
          group.count === 1 ? day(group.lastSeen) : `${day(group.firstSeen)} – ${day(group.lastSeen)}`,
      }),
      el(
        'td',
        {},
        group.proposedArticles.length === 0
          ? el('span', { className: 'meta', textContent: 'none' })
          : el(
              'ul',
              { className: 'articles' },
              ...group.proposedArticles.map((a) =>
                el('li', {}, articleLink(a.id), ` (${plural(a.count, 'time')})`),
              ),
            ),
      ),
      el('td', {}, handledForm(group, index)),
    );
  }

  function ratingRow(rating) {
    const rate = `${Math.round(rating.helpfulRate * 100)} %`;
    return el(
      'tr',
      { className: rating.ranked ? '' : 'unranked' },
      el('th', { scope: 'row' }, articleLink(rating.articleId)),
      el('td', { className: 'num', textContent: String(rating.helpful) }),
      el('td', { className: 'num', textContent: String(rating.notHelpful) }),
      el(
        'td',
        { className: 'num' },
        rate,
        ...(rating.ranked ? [] : [el('div', { className: 'meta', textContent: 'too few votes to rank' })]),
      ),
      el(
        'td',
        {},
        rating.latestNotHelpful.length === 0
          ? el('span', { className: 'meta', textContent: '—' })
          : el(
              'ul',
              { className: 'examples' },
              ...rating.latestNotHelpful.map((q) => el('li', { textContent: q.text })),
            ),
      ),
    );
  }

  function satisfactionRow(row) {
    return el(
      'tr',
      {},
      el('th', { scope: 'row', textContent: row.label }),
      el('td', { className: 'num', textContent: row.average === null ? '—' : row.average.toFixed(2) }),
      el('td', { className: 'num', textContent: String(row.answered) }),
      el('td', { className: 'num', textContent: String(row.asked) }),
      el('td', { textContent: row.counts.join(' · ') }),
    );
  }

  function renderSatisfaction(satisfaction) {
    const all = satisfaction.overall;
    $('satisfaction-summary').textContent =
      `${plural(all.asked, 'closed chat')} asked the satisfaction question, ${all.answered} answered` +
      (all.average === null ? '.' : `; average ${all.average.toFixed(2)} out of 5.`) +
      (satisfaction.truncated ? ' (only the newest are counted)' : '');
    const agents = satisfaction.byAgent.map(satisfactionRow);
    $('satisfaction-agent-rows').replaceChildren(
      ...(agents.length ? agents : [emptyRow(5, 'No scores in this period.')]),
    );
    const categories = satisfaction.byCategory.map(satisfactionRow);
    $('satisfaction-category-rows').replaceChildren(
      ...(categories.length ? categories : [emptyRow(5, 'No scores in this period.')]),
    );
  }

  function render(report) {
    const { unanswered, articles } = report;
    $('unanswered-summary').textContent =
      `${plural(unanswered.questions, 'open question')} in ${plural(unanswered.groups.length, 'group')}` +
      (unanswered.truncated ? ' (only the newest are shown)' : '');
    const groups = unanswered.groups.map(groupRow);
    $('unanswered-rows').replaceChildren(
      ...(groups.length ? groups : [emptyRow(5, 'Nothing left in the inbox.')]),
    );
    $('ratings-summary').textContent =
      `${plural(articles.votes, 'answer')} to “Did this answer your question?”. ` +
      `Articles with at least ${plural(articles.minVotes, 'vote')} are ranked, worst first.`;
    const ratings = articles.ratings.map(ratingRow);
    $('ratings-rows').replaceChildren(
      ...(ratings.length ? ratings : [emptyRow(5, 'No ratings in this period.')]),
    );
    renderSatisfaction(report.satisfaction);
  }

  async function load() {
    const { ok, status, data } = await api(`?days=${encodeURIComponent($('days').value)}`);
    if (status === 401) return;
    if (!ok) return showError(`Could not load insights${data.message ? `: ${data.message}` : '.'}`);
    showError('');
    $('signed-out').hidden = true;
    $('content').hidden = false;
    render(data);
  }

  async function markHandled(group, note, form) {
    for (const control of form.elements) control.disabled = true;
    const { ok, data } = await api('/unanswered/handled', { ids: group.ids, note });
    if (!ok) {
      for (const control of form.elements) control.disabled = false;
      return showError(data.message ? `Not marked: ${data.message}` : 'Not marked. Please try again.');
    }
    showError('');
    await load();
    // Announced once the table is redrawn; the row is gone, so focus moves to the table's heading.
    $('status').textContent = `Marked ${plural(data.marked, 'question')} as handled.`;
    $('unanswered-title').focus();
  }

  $('window-form').onsubmit = (event) => {
    event.preventDefault();
    $('status').textContent = '';
    load();
  };
  load();
})();
