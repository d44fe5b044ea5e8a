/* global document, fetch, window, Chart, URLSearchParams */
// The support lead's dashboard: plain DOM and Chart.js over the dashboard API; the console's sign-in is shared.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const charts = {};
  const LABELS = {
    conversation: 'Conversations',
    resolvedWithoutPerson: 'Resolved without a person',
    escalations: 'Escalations',
    waits: '"Wait" answers',
    agentTimes: 'Agent times',
  };

  const el = (tag, props = {}, ...children) => {
    const node = Object.assign(document.createElement(tag), props);
    for (const c of children) node.append(c);
    return node;
  };

  function showSignedOut() {
    $('signed-out').hidden = false;
    $('content').hidden = true;
  }

  function showError(text) {
    $('error').textContent = text;
    $('error').hidden = !text;
  }

  function params() {
    const p = new URLSearchParams({ days: $('days').value, channel: $('channel').value });
    return p.toString();
  }

  function fillChannels(channels, chosen) {
    const select = $('channel');
    select.replaceChildren(el('option', { value: 'all', textContent: 'All channels' }));
    for (const c of channels) select.append(el('option', { value: c, textContent: c }));
    select.value = chosen && channels.includes(chosen) ? chosen : 'all';
  }

  function headline(d) {
    const c = d.conversations;
    $('conversations-total').textContent = String(c.total);
    $('resolved-share').textContent = c.share === null ? '—' : `${Math.round(c.share * 1000) / 10} %`;
    $('resolved-detail').textContent =
      `${c.resolvedWithoutPerson} of ${c.judged} judged · ${c.withTicket} with a ticket · ${c.cameBack} came back`;
    $('tickets-opened').textContent = String(d.tickets.opened);
    $('survey-mean').textContent =
      d.survey.mean === null ? '—' : `${Math.round(d.survey.mean * 10) / 10} / 5`;
    $('survey-detail').textContent = `${d.survey.answered} answers`;
    $('unanswered-open').textContent = String(d.unanswered.open);
  }

  function definitions(defs) {
    $('definitions').replaceChildren(
      ...Object.entries(defs).flatMap(([k, text]) => [
        el('dt', { textContent: LABELS[k] || k }),
        el('dd', { textContent: text }),
      ]),
    );
  }

  function chart(id, config) {
    if (typeof Chart === 'undefined') return;
    charts[id]?.destroy();
    charts[id] = new Chart($(id), {
      ...config,
      options: { animation: false, responsive: true, ...config.options },
    });
  }

  function drawCharts(d) {
    chart('chart-daily', {
      type: 'bar',
      data: {
        labels: d.daily.map((r) => r.day),
        datasets: [
          {
            label: 'Resolved without a person',
            data: d.daily.map((r) => r.resolvedWithoutPerson),
            backgroundColor: '#2f855a',
          },
          {
            label: 'Other conversations',
            data: d.daily.map((r) => r.conversations - r.resolvedWithoutPerson),
            backgroundColor: '#a0aec0',
          },
        ],
      },
      options: {
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    const byCategory = {};
    for (const e of d.escalations) byCategory[e.category] = (byCategory[e.category] || 0) + e.conversations;
    chart('chart-escalations', {
      type: 'bar',
      data: {
        labels: Object.keys(byCategory),
        datasets: [
          { label: 'Escalated conversations', data: Object.values(byCategory), backgroundColor: '#c05621' },
        ],
      },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    chart('chart-survey', {
      type: 'bar',
      data: {
        labels: ['1', '2', '3', '4', '5'],
        datasets: [{ label: 'Answers', data: d.survey.byScore, backgroundColor: '#2b6cb0' }],
      },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
  }

  function table(name, t) {
    const csv = el('a', {
      href: `/agent/api/dashboard.csv?table=${encodeURIComponent(name)}&${params()}`,
      textContent: 'Download CSV',
      download: '',
    });
    csv.setAttribute('aria-label', `Download ${t.title} as CSV`);
    const body = t.rows.length
      ? t.rows.map((r) =>
          el(
            'tr',
            {},
            ...r.map((v) =>
              el('td', {
                className: typeof v === 'number' ? 'num' : '',
                textContent: v === null ? '' : String(v),
              }),
            ),
          ),
        )
      : [el('tr', {}, el('td', { colSpan: t.headers.length, textContent: 'Nothing in this period.' }))];
    return el(
      'section',
      { className: 'card', id: `table-${name}` },
      el('div', { className: 'table-head' }, el('h2', { textContent: t.title }), csv),
      el(
        'table',
        {},
        el('thead', {}, el('tr', {}, ...t.headers.map((h) => el('th', { scope: 'col', textContent: h })))),
        el('tbody', {}, ...body),
      ),
    );
  }

  async function load() {
    showError('');
    $('status').textContent = 'Loading…';
    const res = await fetch(`/agent/api/dashboard?${params()}`, { credentials: 'same-origin' });
    if (res.status === 401) return showSignedOut();
    const data = await res.json().catch(() => ({}));
    if (!res.ok) {
      $('status').textContent = '';
      return showError(data.message || 'The dashboard could not be loaded; try again.');
    }
    $('content').hidden = false;
    fillChannels(data.dashboard.channels, data.dashboard.window.channel);
    headline(data.dashboard);
    definitions(data.definitions);
    drawCharts(data.dashboard);
    $('tables').replaceChildren(...Object.entries(data.tables).map(([name, t]) => table(name, t)));
    $('status').textContent = data.truncated
      ? 'Showing the newest records only: the period holds more than one report reads.'
      : `Figures for the last ${$('days').value} days.`;
    document.body.dataset.loaded = 'true';
  }

  $('window-form').addEventListener('submit', (e) => {
    e.preventDefault();
    document.body.dataset.loaded = 'false';
    load().catch(() => showError('The dashboard could not be loaded; try again.'));
  });
  window.addEventListener('DOMContentLoaded', () =>
    load().catch(() => showError('The dashboard could not be loaded; try again.')),
  );
  if (document.readyState !== 'loading')
    load().catch(() => showError('The dashboard could not be loaded; try again.'));
})();
