/* global document, fetch, WebSocket, location, setTimeout, clearTimeout, setInterval, URL, KxMarkdown, marked, FormData */
// The agent console: plain DOM, the agent API for actions, the socket for live updates.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  // Markdown as nodes built from text, never as an HTML string (markdown.js says why).
  const buildNode = KxMarkdown.domBuilder(document);
  const markdown = (text) => KxMarkdown.renderMarkdown(text, marked.lexer, buildNode);
  const markdownLine = (text) => KxMarkdown.renderInline(text, marked.lexer, buildNode);
  /** Same windows as handoff/typing.ts: one typing signal per 3 s, the indicator clears after 5 s. */
  const TYPING_THROTTLE_MS = 3000;
  const TYPING_CLEAR_MS = 5000;
  const state = {
    agent: null,
    selected: null,
    detail: null,
    socket: null,
    canned: [],
    agents: [],
    categories: [],
    picker: { open: false, items: [], active: 0 },
    typingSentAt: 0,
    typingTimer: null,
    detailLoadedAt: 0,
  };

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
  const minutes = (ms) => {
    if (ms < 60000) return `${Math.floor(ms / 1000)} s`;
    if (ms < 3600000) return `${Math.floor(ms / 60000)} min`;
    return `${Math.floor(ms / 3600000)} h ${Math.floor((ms % 3600000) / 60000)} min`;
  };
  /**
   * A time that keeps counting: `since` is on this browser's clock (now minus the server's
   * waitingMs), so a clock that differs from the server's does not shift it. tick() updates it.
   */
  const elapsed = (since, className = 'elapsed') => {
    const span = el('span', { className, textContent: minutes(Math.max(0, Date.now() - since)) });
    span.dataset.since = String(since);
    return span;
  };
  function tick() {
    for (const span of document.querySelectorAll('[data-since]'))
      span.textContent = minutes(Math.max(0, Date.now() - Number(span.dataset.since)));
  }
  const time = (iso) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  const nameOf = (id) => (state.agents.find((a) => a.id === id) || {}).name || id || 'Agent';
  const mine = () =>
    !!state.detail &&
    state.detail.ticket.status === 'assigned' &&
    state.detail.ticket.agentId === state.agent.id;

  function showSignIn() {
    state.agent = null;
    $('signin').hidden = false;
    $('workspace').hidden = true;
    $('who').hidden = true;
    $('logout').hidden = true;
    $('pages').hidden = true;
    // Nothing of the queue stays in the page once signed out.
    $('queue-rows').replaceChildren();
    $('assigned').replaceChildren();
    $('ticket').hidden = true;
    state.selected = null;
    state.detail = null;
    if (state.socket) state.socket.close();
  }

  function showWorkspace(agent) {
    state.agent = agent;
    $('signin').hidden = true;
    $('workspace').hidden = false;
    $('who').hidden = false;
    $('who').textContent = `Signed in as ${agent.name}`;
    $('logout').hidden = false;
    $('pages').hidden = false;
    connect();
    loadQueue();
    loadDirectory();
  }

  /** Canned replies, agent names (notes, transfers) and categories: loaded once per sign-in. */
  async function loadDirectory() {
    const [canned, dir] = await Promise.all([api('/canned-replies'), api('/directory')]);
    if (canned.ok) state.canned = canned.data.replies;
    if (dir.ok) {
      state.agents = dir.data.agents;
      state.categories = dir.data.categories;
    }
    if (state.detail) renderTicket();
  }

  async function loadQueue() {
    const { ok, data } = await api('/queue');
    if (!ok) return;
    const loadedAt = Date.now();
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
          el('div', { className: 'summary' }, ...markdownLine(t.summary)),
        ),
        el('td', { className: 'waiting' }, elapsed(loadedAt - t.waitingMs)),
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
        const li = el(
          'li',
          {},
          `${t.ticketId} · ${t.category} · ${t.agentName ?? t.agentId} · open `,
          elapsed(loadedAt - t.waitingMs),
        );
        li.onclick = () => select(t.ticketId);
        return li;
      }),
    );
  }

  async function select(ticketId) {
    if (state.selected !== ticketId) showTyping(false);
    state.selected = ticketId;
    const { ok, data } = await api(`/tickets/${encodeURIComponent(ticketId)}`);
    if (!ok || state.selected !== ticketId) return;
    // A live message may have arrived on the socket while this fetch was under way: keep it.
    const live = state.detail && state.detail.ticket.ticketId === ticketId ? state.detail.messages : [];
    const seen = new Set(data.messages.map((m) => m.seq));
    data.messages.push(...live.filter((m) => !seen.has(m.seq)));
    data.messages.sort((a, b) => a.seq - b.seq);
    state.detail = data;
    state.detailLoadedAt = Date.now();
    renderTicket();
    loadQueue();
  }

  function renderTicket() {
    const { ticket, messages } = state.detail;
    const holding = mine();
    $('ticket').hidden = false;
    $('ticket-title').textContent = `${ticket.ticketId} · ${ticket.category}`;
    $('ticket-meta').replaceChildren(
      `${ticket.priority} · ${ticket.status}${ticket.agentName ? ` (${ticket.agentName})` : ''} · ${ticket.channelId} · `,
      ...waitingParts(ticket, state.detailLoadedAt - ticket.waitingMs),
    );
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
    if (ticket.transfers && ticket.transfers.length)
      pairs.push([
        'Transfers',
        ticket.transfers
          .map(
            (x) =>
              `${time(x.at)} ${x.fromAgentName ?? nameOf(x.fromAgentId)} → ${x.to === 'agent' ? (x.toAgentName ?? nameOf(x.toAgentId)) : `${x.toCategory} queue`}`,
          )
          .join('; '),
      ]);
    $('fields').replaceChildren(
      ...pairs.flatMap(([k, v]) => [
        el('dt', { textContent: k }),
        // The summary is written by the bot, in Markdown; the other fields are the customer's words.
        k === 'Summary' ? el('dd', {}, ...markdownLine(v)) : el('dd', { textContent: v }),
      ]),
    );
    $('claim').disabled = ticket.status !== 'pending';
    $('release').disabled = !holding;
    for (const id of ['reply', 'resolution', 'canned-toggle', 'transfer-to', 'transfer-note'])
      $(id).disabled = !holding;
    for (const b of document.querySelectorAll(
      '#reply-form button, #resolve-form button, #transfer-form button',
    ))
      b.disabled = !holding;
    if (!holding) closePicker();
    renderTransferTargets(ticket);
    $('transcript').replaceChildren(...messages.map(line));
    $('transcript').scrollTop = $('transcript').scrollHeight;
  }

  /**
   * How long the customer has waited, counting: while pending since the ticket opened; once
   * claimed, the wait it had (fixed) and how long the agent has had it (counting).
   */
  function waitingParts(ticket, openedSince) {
    if (ticket.status === 'pending') return ['waiting ', elapsed(openedSince, 'elapsed waiting')];
    if (ticket.status === 'assigned' && ticket.assignedAt) {
      const waited = Date.parse(ticket.assignedAt) - Date.parse(ticket.createdAt);
      return [
        `waited ${minutes(Math.max(0, waited))} · with ${ticket.agentName ?? 'an agent'} for `,
        elapsed(openedSince + waited, 'elapsed held'),
      ];
    }
    return [`open ${minutes(ticket.waitingMs)}`];
  }

  /** Other agents first, then each category's queue (the ticket's own one first). */
  function renderTransferTargets(ticket) {
    const previous = $('transfer-to').value;
    const agents = state.agents.filter((a) => a.id !== state.agent.id);
    const categories = [ticket.category, ...state.categories.filter((c) => c !== ticket.category)];
    const groups = [
      el(
        'optgroup',
        { label: 'Agents' },
        ...agents.map((a) => el('option', { value: `agent:${a.id}`, textContent: a.name })),
      ),
      el(
        'optgroup',
        { label: 'Back to the queue' },
        ...categories.map((c) =>
          el('option', {
            value: `queue:${c}`,
            textContent: c === ticket.category ? `${c} queue (same category)` : `${c} queue`,
          }),
        ),
      ),
    ];
    $('transfer-to').replaceChildren(...groups);
    if (previous && [...$('transfer-to').options].some((o) => o.value === previous))
      $('transfer-to').value = previous;
  }

  function line(m) {
    const who = {
      agent: `Agent (${nameOf(m.agentId)})`,
      customer: 'Customer',
      bot: 'Assistant',
      note: `Internal note (${nameOf(m.agentId)})`,
      system: 'System',
    }[m.from];
    return el(
      'li',
      { className: `from-${m.from}` },
      el('time', { textContent: time(m.at) }),
      el('span', { className: 'from', textContent: `${who ?? 'System'}:` }),
      el('div', { className: 'text' }, ...markdown(m.text)),
      ...(m.attachments || []).filter((a) => /^https?:/i.test(a.url)).map(file),
    );
  }

  /**
   * A file uploaded to us (our own origin, our attachments path) is fetched from this server only.
   * Any other URL was chosen by the customer: loading it as an image would tell its owner the
   * agent's address and when the ticket was opened, so it is only ever a link.
   */
  function ownFile(url) {
    try {
      const u = new URL(url, location.href);
      return u.origin === location.origin && u.pathname.startsWith('/v3/directline/attachments/');
    } catch {
      return false;
    }
  }

  /** Our picture as a thumbnail that opens full size in a new tab; any other file as a link. */
  function file(a) {
    const link = el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer', className: 'file' });
    link.referrerPolicy = 'no-referrer';
    if (!ownFile(a.url)) {
      link.classList.add('external');
      link.textContent = `${a.name} (external link: ${new URL(a.url).host})`;
    } else if (/^image\//i.test(a.contentType))
      link.append(el('img', { src: a.url, alt: a.name, className: 'thumb', loading: 'lazy' }));
    else {
      link.download = a.name;
      link.textContent = `Download ${a.name}`;
    }
    return link;
  }

  async function act(path, body) {
    const r = await api(`/tickets/${encodeURIComponent(state.selected)}${path}`, body ?? {});
    $('ticket-error').hidden = r.ok;
    if (!r.ok)
      $('ticket-error').textContent =
        r.data.message ||
        (r.data.error === 'taken'
          ? 'Another agent claimed this ticket first.'
          : `Could not do that (${r.data.error}).`);
    await select(state.selected);
    return r.ok;
  }

  function notice(text, ticketId) {
    const open = el('button', { type: 'button', className: 'secondary', textContent: 'Open' });
    open.onclick = () => {
      $('notice').hidden = true;
      select(ticketId);
    };
    $('notice').replaceChildren(el('span', { textContent: text }), open);
    $('notice').hidden = false;
  }

  function showTyping(on) {
    clearTimeout(state.typingTimer);
    $('typing').hidden = !on;
    if (on) state.typingTimer = setTimeout(() => ($('typing').hidden = true), TYPING_CLEAR_MS);
  }

  function connect() {
    if (state.socket && state.socket.readyState <= 1) return;
    const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/agent/ws`);
    state.socket = ws;
    ws.onmessage = (e) => {
      const ev = JSON.parse(e.data);
      // Live events may have been missed (another instance's, while its feed reconnected): reload.
      if (ev.type === 'resync') {
        if (state.selected) select(state.selected);
        else loadQueue();
      }
      if (ev.type === 'queue') loadQueue();
      if (ev.type === 'ticket') {
        loadQueue();
        if (ev.ticketId === state.selected) select(ev.ticketId);
      }
      if (ev.type === 'transfer' && ev.toAgentId === state.agent.id && ev.fromAgentId !== state.agent.id)
        notice(`${nameOf(ev.fromAgentId)} transferred ${ev.ticketId} to you.`, ev.ticketId);
      if (ev.type === 'typing' && ev.ticketId === state.selected) showTyping(true);
      if (ev.type === 'message' && state.detail && ev.ticketId === state.selected) {
        if (ev.message.from === 'customer') showTyping(false);
        if (!state.detail.messages.some((m) => m.seq === ev.message.seq)) {
          state.detail.messages.push(ev.message);
          $('transcript').append(line(ev.message));
          $('transcript').scrollTop = $('transcript').scrollHeight;
        }
      }
    };
    // The session rides in the HttpOnly cookie (the socket takes no token in its URL). After a
    // close, reconnect only while the session still works: a signed-out one shows the sign-in.
    ws.onclose = () => {
      if (!state.agent) return;
      setTimeout(async () => {
        if (state.agent && (await api('/me')).ok) connect();
      }, 2000);
    };
  }

  // Canned replies: a listbox under the reply box, opened by the button or by typing "/".
  function matches(query) {
    const q = query.trim().toLowerCase();
    const category = state.detail ? state.detail.ticket.category : '';
    const fits = (r) => (r.categories && r.categories.includes(category) ? 0 : 1);
    return state.canned
      .filter((r) => !q || (r.shortcut && r.shortcut.startsWith(q)) || r.title.toLowerCase().includes(q))
      .sort((a, b) => fits(a) - fits(b));
  }

  function openPicker(query) {
    state.picker = { open: true, items: matches(query), active: 0 };
    renderPicker();
  }

  function closePicker() {
    state.picker = { open: false, items: [], active: 0 };
    renderPicker();
  }

  function renderPicker() {
    const { open, items, active } = state.picker;
    const list = $('canned-list');
    list.hidden = !open;
    $('reply').setAttribute('aria-expanded', String(open));
    $('canned-toggle').setAttribute('aria-expanded', String(open));
    list.replaceChildren(
      ...(items.length
        ? items.map((r, i) => {
            const li = el(
              'li',
              { id: `canned-${r.id}`, className: i === active ? 'active' : '' },
              el('strong', { textContent: r.title }),
              r.shortcut ? el('span', { className: 'shortcut', textContent: ` /${r.shortcut}` }) : '',
              el('span', { className: 'preview', textContent: r.text }),
            );
            li.setAttribute('role', 'option');
            li.setAttribute('aria-selected', String(i === active));
            // mousedown keeps the focus in the reply box.
            li.onmousedown = (e) => e.preventDefault();
            li.onclick = () => insertCanned(r);
            return li;
          })
        : [el('li', { className: 'empty', textContent: 'No canned reply matches.' })]),
    );
    if (open && items[active]) {
      $('reply').setAttribute('aria-activedescendant', `canned-${items[active].id}`);
      $(`canned-${items[active].id}`).scrollIntoView({ block: 'nearest' });
    } else $('reply').removeAttribute('aria-activedescendant');
  }

  /** Puts the reply in the box (replacing a "/…" search) for the agent to edit before sending. */
  function insertCanned(reply) {
    const box = $('reply');
    box.value =
      box.value.startsWith('/') || !box.value.trim() ? reply.text : `${box.value.trimEnd()} ${reply.text}`;
    closePicker();
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  }

  $('reply').addEventListener('input', () => {
    const value = $('reply').value;
    if (value.startsWith('/')) return openPicker(value.slice(1));
    if (state.picker.open) closePicker();
    // The customer sees "… is typing"; the server throttles too, this spares the requests.
    const now = Date.now();
    if (value && mine() && now - state.typingSentAt >= TYPING_THROTTLE_MS) {
      state.typingSentAt = now;
      api(`/tickets/${encodeURIComponent(state.selected)}/typing`, {});
    }
  });
  $('reply').addEventListener('keydown', (e) => {
    const { open, items, active } = state.picker;
    if (!open) {
      if (e.key === 'ArrowDown' && e.altKey) openPicker('');
      return;
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = items.length || 1;
      state.picker.active = (active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
      renderPicker();
    } else if (e.key === 'Enter' || (e.key === 'Tab' && items[active])) {
      // Enter never sends a "/…" search to the customer.
      e.preventDefault();
      if (items[active]) insertCanned(items[active]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      closePicker();
    }
  });
  $('reply').addEventListener('blur', () => closePicker());
  $('canned-toggle').onmousedown = (e) => e.preventDefault();
  $('canned-toggle').onclick = () => {
    if (state.picker.open) closePicker();
    else openPicker('');
    $('reply').focus();
  };

  $('signin-form').onsubmit = async (e) => {
    e.preventDefault();
    const r = await api('/login', { name: $('name').value, secret: $('secret').value });
    $('secret').value = '';
    $('signin-error').hidden = r.ok;
    if (!r.ok) {
      $('signin-error').textContent =
        r.status === 429
          ? r.data.message || 'Too many attempts; wait a minute.'
          : 'Name or secret is not right.';
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
  // Sending a file to the customer (the holder only): the server stores it like the customer's
  // own files and relays it; the text in the reply box, if any, goes with it.
  $('file-form').onsubmit = async (e) => {
    e.preventDefault();
    const file = $('file-input').files[0];
    if (!file || !mine()) return;
    const form = new FormData();
    form.append('file', file, file.name);
    const text = $('reply').value.trim();
    if (text) form.append('text', text);
    const res = await fetch(`/agent/api/tickets/${encodeURIComponent(state.selected)}/files`, {
      method: 'POST',
      credentials: 'same-origin',
      body: form,
    });
    if (res.status === 401) return showSignIn();
    const data = await res.json().catch(() => ({}));
    $('ticket-error').hidden = res.ok;
    if (!res.ok) $('ticket-error').textContent = data.message || `Could not send the file (${data.error}).`;
    else {
      $('file-input').value = '';
      if (text) $('reply').value = '';
    }
    await select(state.selected);
  };
  $('note-form').onsubmit = async (e) => {
    e.preventDefault();
    const text = $('note').value.trim();
    if (!text) return;
    if (await act('/notes', { text })) $('note').value = '';
  };
  $('transfer-form').onsubmit = async (e) => {
    e.preventDefault();
    const [kind, target] = $('transfer-to').value.split(':');
    const note = $('transfer-note').value.trim();
    if (!note) {
      $('ticket-error').hidden = false;
      $('ticket-error').textContent = 'Say why you transfer: the next agent reads it.';
      $('transfer-note').focus();
      return;
    }
    const body =
      kind === 'agent' ? { to: 'agent', agentId: target, note } : { to: 'queue', category: target, note };
    if (await act('/transfer', body)) $('transfer-note').value = '';
  };
  $('resolve-form').onsubmit = async (e) => {
    e.preventDefault();
    const resolution = $('resolution').value.trim();
    if (!resolution) return;
    if (await act('/resolve', { resolution })) $('resolution').value = '';
  };
  // Waiting times count every second on their own; the queue itself is reloaded now and then in
  // case a live event was missed.
  setInterval(tick, 1000);
  setInterval(() => state.agent && loadQueue(), 30000);

  api('/me').then((r) => (r.ok ? showWorkspace(r.data.agent) : showSignIn()));
})();
