/* global window, document, sessionStorage, fetch, setInterval, addEventListener, URL */
/**
 * Kingston Express support widget: served as /embed.js, so the marketplace pastes one tag:
 *   <script src="https://bot.example/embed.js" async></script>
 * It adds a launcher and a minimisable panel, loads Web Chat (served by the bot, no CDN) only
 * when the visitor first opens the chat, and resumes the tab's conversation after a reload
 * (webchat.md §4–§6). The page only ever holds conversation tokens, never the Direct Line secret.
 */
(function () {
  'use strict';
  if (window.__kxSupportWidget) return;
  window.__kxSupportWidget = true;

  // Where the bot lives: set by the server when configured, else the origin of this script.
  var script = document.currentScript;
  var BASE = (
    window.KX_SUPPORT_BASE || (script && script.src ? new URL(script.src).origin : window.location.origin)
  ).replace(/\/+$/, '');
  var BUNDLE = BASE + '/webchat/4.18.1/webchat.js';
  var STORE_KEY = 'kx-chat';
  var OPEN_KEY = 'kx-chat-open';
  var BRAND = { navy: '#0a3d62', orange: '#e8590c' };

  var styleOptions = {
    accent: BRAND.navy,
    primaryFont: "'Segoe UI', system-ui, -apple-system, sans-serif",
    botAvatarInitials: 'KX',
    avatarSize: 32,
    bubbleBackground: '#f1f3f5',
    bubbleBorderRadius: 10,
    bubbleBorderWidth: 0,
    bubbleFromUserBackground: BRAND.navy,
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 10,
    bubbleFromUserBorderWidth: 0,
    // Photos and documents (a damaged item, a label, a receipt) go to our Direct Line's /upload,
    // which accepts these types only; the picker offers the same. Files wait in the send box
    // until the customer presses Send, so a few words can go with them.
    hideUploadButton: false,
    uploadAccept:
      'image/jpeg,image/png,image/gif,image/webp,image/heic,image/heif,.heic,.heif,application/pdf',
    uploadMultiple: true,
    // A narrow widget: one suggested action per line instead of a carousel.
    suggestedActionLayout: 'stacked',
    suggestedActionBorderRadius: 8,
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: BRAND.navy,
    suggestedActionTextColor: BRAND.navy,
    sendBoxButtonColor: BRAND.navy,
    typingAnimationDuration: 5000,
    rootHeight: '100%',
    rootWidth: '100%',
  };

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') node.textContent = attrs[k];
      else if (k === 'html') node.innerHTML = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      node.appendChild(c);
    });
    return node;
  }

  function mount() {
    document.head.appendChild(el('link', { rel: 'stylesheet', href: BASE + '/widget.css' }));
    var unread = el('span', { class: 'kx-unread', hidden: '' });
    var launcher = el(
      'button',
      {
        id: 'kx-launcher',
        type: 'button',
        'aria-label': 'Chat with support',
        'aria-expanded': 'false',
        'aria-controls': 'kx-chat',
      },
      [
        el('span', {
          'aria-hidden': 'true',
          html: '<svg viewBox="0 0 24 24" fill="currentColor"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z"/></svg>',
        }),
        unread,
      ],
    );
    var minimise = el('button', {
      id: 'kx-minimise',
      type: 'button',
      'aria-label': 'Minimise chat',
      text: '–',
    });
    var banner = el('div', { class: 'kx-banner', role: 'status', hidden: '' });
    var uploadError = el('div', { class: 'kx-banner kx-upload-error', role: 'alert', hidden: '' });
    var host = el('div', { id: 'kx-webchat' });
    var chat = el(
      'section',
      { id: 'kx-chat', role: 'dialog', 'aria-label': 'Kingston Express support', hidden: '' },
      [
        el('header', {}, [
          el('span', { class: 'kx-mark', 'aria-hidden': 'true', text: 'KX' }),
          el('h2', {
            html: 'Kingston Express Support<small>Answers from our Help Center, people when you need them</small>',
          }),
          minimise,
        ]),
        banner,
        uploadError,
        host,
      ],
    );
    document.body.appendChild(chat);
    document.body.appendChild(launcher);
    return {
      launcher: launcher,
      minimise: minimise,
      unread: unread,
      banner: banner,
      uploadError: uploadError,
      host: host,
      chat: chat,
    };
  }

  var ui = mount();
  var started = false;

  function open() {
    ui.chat.hidden = false;
    ui.launcher.setAttribute('aria-expanded', 'true');
    ui.unread.hidden = true;
    sessionStorage.setItem(OPEN_KEY, '1');
    if (!started) {
      started = true;
      loadScript(BUNDLE)
        .then(startChat)
        .catch(function () {
          started = false;
          ui.host.replaceChildren(
            el('p', {
              class: 'kx-notice',
              text: 'The chat is unavailable right now. Please try again in a moment, or visit the Help Center.',
            }),
          );
        });
    }
    var input = document.querySelector('[data-id="webchat-sendbox-input"]');
    if (input) input.focus();
  }

  function minimise() {
    ui.chat.hidden = true;
    ui.launcher.setAttribute('aria-expanded', 'false');
    sessionStorage.removeItem(OPEN_KEY);
    ui.launcher.focus();
  }

  ui.launcher.addEventListener('click', function () {
    if (ui.chat.hidden) open();
    else minimise();
  });
  ui.minimise.addEventListener('click', minimise);
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && !ui.chat.hidden) minimise();
  });

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      if (window.WebChat) return resolve();
      var s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = reject;
      document.head.appendChild(s);
    });
  }

  /** Our own small UI event: queue position, agent joined or left. Never the raw handoff event. */
  function showQueue(value) {
    value = value || {};
    var text = typeof value.message === 'string' ? value.message : '';
    if (!text && value.status === 'queued' && typeof value.position === 'number')
      text = 'You are number ' + value.position + ' in the queue for a support agent.';
    if (!text && value.status === 'assigned')
      text = (value.agentName || 'A support agent') + ' has joined the chat.';
    var done = value.status === 'resolved' || value.status === 'cancelled' || value.status === 'ended';
    ui.banner.textContent = text;
    ui.banner.hidden = done || !text;
  }

  // Web Chat only marks a refused upload "Send failed"; the server's reason (a 413 or 415) does not
  // reach the page, so say what is accepted. The same limits as the server's DEFAULT_LIMITS.
  var UPLOAD_HELP =
    'That file could not be sent. You can send photos (JPEG, PNG, GIF, WebP, HEIC) or PDFs, up to 4 MB each and 5 at a time.';
  var pendingUploads = {};

  /** Tracks posts that carry files: a refused one explains itself, the next sent message clears it. */
  function watchUploads(action) {
    var meta = action.meta || {};
    if (action.type === 'DIRECT_LINE/POST_ACTIVITY_PENDING') {
      var activity = (action.payload || {}).activity || {};
      if (activity.attachments && activity.attachments.length) pendingUploads[meta.clientActivityID] = true;
    } else if (
      action.type === 'DIRECT_LINE/POST_ACTIVITY_REJECTED' &&
      pendingUploads[meta.clientActivityID]
    ) {
      delete pendingUploads[meta.clientActivityID];
      ui.uploadError.textContent = UPLOAD_HELP;
      ui.uploadError.hidden = false;
    } else if (action.type === 'DIRECT_LINE/POST_ACTIVITY_FULFILLED') {
      delete pendingUploads[meta.clientActivityID];
      ui.uploadError.hidden = true;
    }
  }

  function createStore() {
    return window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          watchUploads(action);
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
            var activity = action.payload.activity;
            if (
              ui.chat.hidden &&
              activity.type === 'message' &&
              activity.from &&
              activity.from.role === 'bot'
            )
              ui.unread.hidden = false;
            if (
              activity.type === 'event' &&
              typeof activity.name === 'string' &&
              activity.name === 'support.queue'
            )
              showQueue(activity.value);
          }
          return next(action);
        };
      };
    });
  }

  // --- Who is speaking: an agent's messages get the agent's own avatar and name (handoff.md §4.3).
  // The relay marks them with channelData.agentName and sets from.name; the role stays bot.
  // The full bundle keeps its React private, and a React 16 element is a plain object tagged with
  // this symbol (Web Chat 4.18.1 bundles React 16.8.6), so the two middlewares build them by hand.
  var REACT_ELEMENT = Symbol.for('react.element');
  function h(type, props, children) {
    var p = Object.assign({}, props);
    var key = p.key === undefined ? null : p.key;
    delete p.key;
    if (children !== undefined) p.children = children;
    return { $$typeof: REACT_ELEMENT, type: type, key: key, ref: null, props: p, _owner: null };
  }
  function agentNameOf(activity) {
    var name = activity && activity.channelData && activity.channelData.agentName;
    return typeof name === 'string' && name ? name : null;
  }
  function initialsOf(name) {
    return name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map(function (w) {
        return w.charAt(0).toUpperCase();
      })
      .join('');
  }
  // Inline styles: the widget's stylesheet belongs to its layout; these belong to the agent marker.
  var AGENT_AVATAR_STYLE = {
    width: '32px',
    height: '32px',
    borderRadius: '50%',
    background: BRAND.orange,
    color: '#ffffff',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontSize: '13px',
    fontWeight: 600,
  };
  function avatarMiddleware() {
    return function (next) {
      return function (args) {
        var name = agentNameOf(args.activity);
        if (!name) return next(args);
        return function () {
          return h(
            'div',
            {
              className: 'kx-agent-avatar',
              role: 'img',
              'aria-label': name,
              title: name,
              style: AGENT_AVATAR_STYLE,
            },
            initialsOf(name),
          );
        };
      };
    };
  }
  // Web Chat groups consecutive messages by role, so an agent's would join the assistant's group
  // and share its avatar: a group is split wherever the speaker (assistant or which agent) changes.
  function groupActivitiesMiddleware() {
    return function (next) {
      return function (args) {
        var groups = next(args);
        if (!groups || !groups.sender) return groups;
        var split = [];
        groups.sender.forEach(function (group) {
          var current = [];
          group.forEach(function (activity) {
            var previous = current[current.length - 1];
            if (previous && agentNameOf(previous) !== agentNameOf(activity)) {
              split.push(current);
              current = [];
            }
            current.push(activity);
          });
          if (current.length) split.push(current);
        });
        return Object.assign({}, groups, { sender: split });
      };
    };
  }
  // The name under each of the agent's messages, before Web Chat's own status (time, "Sending…").
  function activityStatusMiddleware() {
    return function (next) {
      return function (args) {
        var status = next(args);
        var name = agentNameOf(args.activity);
        if (!name) return status;
        return h('span', { className: 'kx-agent-status' }, [
          h('span', { key: 'name', className: 'kx-agent-name', style: { fontWeight: 600 } }, name),
          status ? h('span', { key: 'sep' }, ' · ') : null,
          status ? h('span', { key: 'status' }, status) : null,
        ]);
      };
    };
  }

  function post(path, token) {
    var headers = token ? { Authorization: 'Bearer ' + token } : {};
    return fetch(BASE + path, { method: 'POST', headers: headers }).then(function (r) {
      if (!r.ok) throw new Error(path + ' answered ' + r.status);
      return r.json();
    });
  }

  function startChat() {
    var saved = null;
    try {
      saved = JSON.parse(sessionStorage.getItem(STORE_KEY) || 'null');
    } catch {
      // Unreadable: start a new conversation.
      saved = null;
    }
    // A refresh proves that the token and the conversation are still good; otherwise start over
    // instead of showing a dead widget (a failed resume is final in DirectLineJS).
    var resume =
      saved && saved.token && saved.conversationId
        ? post('/v3/directline/tokens/refresh', saved.token)
            .then(function (r) {
              return { token: r.token, conversationId: saved.conversationId, resumed: true };
            })
            .catch(function () {
              return null;
            })
        : Promise.resolve(null);
    return resume
      .then(function (r) {
        return (
          r ||
          post('/api/webchat/token').then(function (t) {
            return { token: t.token, conversationId: t.conversationId, resumed: false };
          })
        );
      })
      .then(function (conn) {
        var directLine = window.WebChat.createDirectLine({
          domain: BASE + '/v3/directline',
          token: conn.token,
          conversationId: conn.resumed ? conn.conversationId : undefined,
          webSocket: true,
        });
        function save() {
          if (directLine.conversationId && directLine.token)
            sessionStorage.setItem(
              STORE_KEY,
              JSON.stringify({ token: directLine.token, conversationId: directLine.conversationId }),
            );
        }
        // Save only once Online: a conversation that never started cannot be resumed.
        directLine.connectionStatus$.subscribe(function (status) {
          if (status === 2) save();
        });
        addEventListener('pagehide', save);
        // DirectLineJS refreshes its token every 15 min; keep the stored copy current.
        setInterval(save, 5 * 60 * 1000);
        window.WebChat.renderWebChat(
          {
            directLine: directLine,
            store: createStore(),
            styleOptions: styleOptions,
            avatarMiddleware: avatarMiddleware,
            groupActivitiesMiddleware: groupActivitiesMiddleware,
            activityStatusMiddleware: activityStatusMiddleware,
            locale: 'en-US',
            sendTypingIndicator: true,
          },
          ui.host,
        );
        var input = document.querySelector('[data-id="webchat-sendbox-input"]');
        if (input && !ui.chat.hidden) input.focus();
      });
  }

  // A reload keeps the chat open if it was open: the conversation comes back from the server.
  if (sessionStorage.getItem(OPEN_KEY) === '1') open();
})();
