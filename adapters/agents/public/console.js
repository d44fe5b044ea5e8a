/* global document, fetch, WebSocket, location, setTimeout, setInterval */
// The agent console: plain DOM, the agent API for actions, the socket for live updates.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const state = { agent: null, selected: null, detail: null, socket: null };

  async function api(path, body) {
    const res = await fetch(`/agent/api${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status === 401 && path !== '/login') showSignIn();
    const data = await res.json().catch(() => ({}));
    return { ok: res.ok, status: res.status, data };
  }

  const el = (tag, props = {}, ...children) => {
    const node = Object.assign(document.createElement(tag), props);
    for (const c of children) node.append(c);
    return node;
  };
  const minutes = (ms) => (ms < 60000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60000)} min`);
  const time = (iso) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

  function showSignIn() {
    state.agent = null;
    $('signin').hidden = false;
    $('workspace').hidden = true;
    $('who').hidden = true;
    $('logout').hidden = true;
    if (state.socket) state.socket.close();
  }

  function showWorkspace(agent) {
    state.agent = agent;
    $('signin').hidden = true;
    $('workspace').hidden = false;
    $('who').hidden = false;
    $('who').textContent = `Signed in as ${agent.name}`;
    $('logout').hidden = false;
    connect();
    loadQueue();
  }

  async function loadQueue() {
    const { ok, data } = await api('/queue');
    if (!ok) return;
    $('online').textContent = `· ${data.agentsOnline} agent${data.agentsOnline === 1 ? '' : 's'} online`;
    const rows = data.pending.map((t) => {
      const tr = el(
        'tr',
        { className: t.ticketId === state.selected ? 'selected' : '' },
        el('td', { textContent: String(t.position) }),
        el('td', {}, el('span', { className: `prio prio-${t.priority}`, textContent: t.priority })),
        el(
          'td',
          {},
          el('strong', { textContent: `${t.ticketId} · ${t.category}` }),
          el('div', { className: 'summary', textContent: t.summary }),
        ),
        el('td', { className: 'waiting', textContent: minutes(t.waitingMs) }),
      );
      tr.dataset.ticket = t.ticketId;
      tr.onclick = () => select(t.ticketId);
      return tr;
    });
    $('queue-rows').replaceChildren(
      ...(rows.length ? rows : [el('tr', {}, el('td', { colSpan: 4, textContent: 'Nobody is waiting.' }))]),
    );
    $('assigned').replaceChildren(
      ...data.assigned.map((t) => {
        const li = el('li', { textContent: `${t.ticketId} · ${t.category} · ${t.agentName ?? t.agentId}` });
        li.onclick = () => select(t.ticketId);
        return li;
      }),
    );
  }

  async function select(ticketId) {
    state.selected = ticketId;
    const { ok, data } = await api(`/tickets/${encodeURIComponent(ticketId)}`);
    if (!ok || state.selected !== ticketId) return;
    // A live message may have arrived on the socket while this fetch was under way: keep it.
    const live = state.detail && state.detail.ticket.ticketId === ticketId ? state.detail.messages : [];
    const seen = new Set(data.messages.map((m) => m.seq));
    data.messages.push(...live.filter((m) => !seen.has(m.seq)));
    data.messages.sort((a, b) => a.seq - b.seq);
    state.detail = data;
    renderTicket();
    loadQueue();
  }

  function renderTicket() {
    const { ticket, messages } = state.detail;
    const mine = ticket.status === 'assigned' && ticket.agentId === state.agent.id;
    $('ticket').hidden = false;
    $('ticket-title').textContent = `${ticket.ticketId} · ${ticket.category}`;
    $('ticket-meta').textContent =
      `${ticket.priority} · ${ticket.status}${ticket.agentName ? ` (${ticket.agentName})` : ''} · ${ticket.channelId} · waiting ${minutes(ticket.waitingMs)}`;
    const f = ticket.fields;
    const pairs = [
      ['Summary', ticket.summary],
      ['Case', ticket.caseId ?? f.caseId ?? '—'],
      ['What happened', f.whatHappened],
      ['When', f.when ?? '—'],
      ['Already tried', f.alreadyTried ?? '—'],
      ['Contact', `${f.contact.method}${f.contact.value ? `: ${f.contact.value}` : ''}`],
      [
        'Follow-up',
        ticket.followUp
          ? `${ticket.followUp.method}${ticket.followUp.at ? ` at ${new Date(ticket.followUp.at).toLocaleString()}` : ''}`
          : '—',
      ],
    ];
    $('fields').replaceChildren(
      ...pairs.flatMap(([k, v]) => [el('dt', { textContent: k }), el('dd', { textContent: v })]),
    );
    $('claim').disabled = ticket.status !== 'pending';
    $('release').disabled = !mine;
    $('reply').disabled = !mine;
    $('resolution').disabled = !mine;
    for (const b of document.querySelectorAll('#reply-form button, #resolve-form button')) b.disabled = !mine;
    $('transcript').replaceChildren(...messages.map(line));
    $('transcript').scrollTop = $('transcript').scrollHeight;
  }

  function line(m) {
    const who =
      m.from === 'agent'
        ? 'Agent'
        : m.from === 'customer'
          ? 'Customer'
          : m.from === 'bot'
            ? 'Assistant'
            : 'System';
    return el(
      'li',
      { className: `from-${m.from}` },
      el('time', { textContent: time(m.at) }),
      el('span', { className: 'from', textContent: `${who}:` }),
      m.text,
    );
  }

  async function act(path, body) {
    const r = await api(`/tickets/${encodeURIComponent(state.selected)}${path}`, body ?? {});
    $('ticket-error').hidden = r.ok;
    if (!r.ok)
      $('ticket-error').textContent =
        r.data.error === 'taken'
          ? 'Another agent claimed this ticket first.'
          : `Could not do that (${r.data.error}).`;
    await select(state.selected);
    return r.ok;
  }

  function connect() {
    if (state.socket && state.socket.readyState <= 1) return;
    const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/agent/ws`);
    state.socket = ws;
    ws.onmessage = (e) => {
      const ev = JSON.parse(e.data);
      if (ev.type === 'queue') loadQueue();
      if (ev.type === 'ticket') {
        loadQueue();
        if (ev.ticketId === state.selected) select(ev.ticketId);
      }
      if (ev.type === 'message' && state.detail && ev.ticketId === state.selected) {
        if (!state.detail.messages.some((m) => m.seq === ev.message.seq)) {
          state.detail.messages.push(ev.message);
          $('transcript').append(line(ev.message));
          $('transcript').scrollTop = $('transcript').scrollHeight;
        }
      }
    };
    ws.onclose = () => {
      if (state.agent) setTimeout(connect, 2000);
    };
  }

  $('signin-form').onsubmit = async (e) => {
    e.preventDefault();
    const r = await api('/login', { name: $('name').value, secret: $('secret').value });
    $('secret').value = '';
    $('signin-error').hidden = r.ok;
    if (!r.ok) {
      $('signin-error').textContent =
        r.status === 429 ? 'Too many attempts; wait a minute.' : 'Name or secret is not right.';
      return;
    }
    showWorkspace(r.data.agent);
  };
  $('logout').onclick = async () => {
    await api('/logout', {});
    showSignIn();
  };
  $('claim').onclick = () => act('/claim');
  $('release').onclick = () => act('/release');
  $('reply-form').onsubmit = async (e) => {
    e.preventDefault();
    const text = $('reply').value.trim();
    if (!text) return;
    if (await act('/messages', { text })) $('reply').value = '';
  };
  $('resolve-form').onsubmit = async (e) => {
    e.preventDefault();
    const resolution = $('resolution').value.trim();
    if (!resolution) return;
    if (await act('/resolve', { resolution })) $('resolution').value = '';
  };
  // Waiting times tick even when nothing else changes.
  setInterval(() => state.agent && loadQueue(), 30000);

  api('/me').then((r) => (r.ok ? showWorkspace(r.data.agent) : showSignIn()));
})();
