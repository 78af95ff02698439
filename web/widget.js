/*
 * Tanya chat widget. A site adds one line to an article page:
 *
 *   <script src="https://HOST/widget.js" async></script>
 *
 * and readers get a chat button that asks the Tanya server about the article.
 * No framework and no build step: this file is served as is by `tanya serve`.
 *
 * Design notes (the why, not the what):
 * - Everything lives in an open shadow root, so the page's CSS cannot break the
 *   widget and ours cannot leak into the page. It stays open so that tests and
 *   assistive tech can see inside.
 * - Server text is never parsed as HTML. Every string from the network goes
 *   through textContent or a DOM-building helper; links are built from the
 *   anchor slug only, never from a server-given URL.
 * - The server is found from this script's own src, so the one-line embed works
 *   on any site; data-server overrides it (e.g. behind a proxy).
 * - WebSocket first; if it never opens (proxies that block upgrades), fall back
 *   to POST /api/ask, while still retrying the socket slowly in the background.
 */
(function () {
  'use strict';

  if (window.TanyaWidget) return; // the snippet was pasted twice

  var script = document.currentScript;
  if (!script) {
    // currentScript is null when the file is injected by another script after
    // parsing; the last matching tag is then the best guess.
    var all = document.querySelectorAll('script[src*="widget.js"]');
    script = all.length ? all[all.length - 1] : null;
  }
  var dataset = (script && script.dataset) || {};
  // data-article="<id>" scopes the conversation to one article of the site
  // (its file name in corpus/ without .md); without it the bot answers
  // site-wide and asks which article is meant when several fit.
  var article = typeof dataset.article === 'string' ? dataset.article : '';
  function scoped(message) {
    if (article) message.article = article;
    return message;
  }

  var serverBase = (function () {
    var raw = dataset.server || (script && script.src) || window.location.href;
    try {
      return new URL(raw, window.location.href).origin;
    } catch (e) {
      return window.location.origin;
    }
  })();

  var TEXT = {
    id: {
      launcher: 'Tanya',
      launcherLabel: 'Buka obrolan Tanya',
      title: 'Tanya',
      subtitle: 'Tanya jawab tentang artikel ini',
      close: 'Tutup obrolan',
      log: 'Percakapan dengan Tanya',
      welcome: 'Halo! Saya Tanya. Silakan bertanya tentang artikel ini.',
      inputLabel: 'Pertanyaan Anda',
      placeholder: 'Tulis pertanyaan…',
      send: 'Kirim',
      you: 'Anda:',
      bot: 'Tanya:',
      typing: 'Tanya sedang mengetik…',
      sources: 'Sumber:',
      suggestions: 'Saran pertanyaan',
      connecting: 'Menyambungkan…',
      offline: 'Koneksi terputus. Mencoba menyambung ulang…',
      online: 'Tersambung kembali.',
      error: 'Maaf, pertanyaan ini tidak dapat diproses. Silakan coba lagi.',
      tooLong: 'Pertanyaan terlalu panjang.',
      rateLimited: 'Terlalu banyak pertanyaan. Tunggu sebentar lalu coba lagi.',
      helpful: 'Apakah jawaban ini membantu?',
      up: 'Ya, membantu',
      down: 'Tidak membantu',
      commentLabel: 'Apa yang kurang? (opsional)',
      commentSend: 'Kirim komentar',
      thanks: 'Terima kasih atas penilaian Anda.',
      feedbackFailed: 'Penilaian tidak dapat dikirim. Coba lagi.',
    },
    en: {
      launcher: 'Ask',
      launcherLabel: 'Open the Tanya chat',
      title: 'Tanya',
      subtitle: 'Questions and answers about this article',
      close: 'Close chat',
      log: 'Conversation with Tanya',
      welcome: 'Hello! I am Tanya. Ask me anything about this article.',
      inputLabel: 'Your question',
      placeholder: 'Type a question…',
      send: 'Send',
      you: 'You:',
      bot: 'Tanya:',
      typing: 'Tanya is typing…',
      sources: 'Sources:',
      suggestions: 'Suggested questions',
      connecting: 'Connecting…',
      offline: 'Connection lost. Trying to reconnect…',
      online: 'Reconnected.',
      error: 'Sorry, this question could not be processed. Please try again.',
      tooLong: 'The question is too long.',
      rateLimited: 'Too many questions. Please wait a moment and try again.',
      helpful: 'Was this answer helpful?',
      up: 'Yes, helpful',
      down: 'Not helpful',
      commentLabel: 'What was missing? (optional)',
      commentSend: 'Send comment',
      thanks: 'Thank you for your feedback.',
      feedbackFailed: 'The feedback could not be sent. Please try again.',
    },
  };
  var lang = (dataset.lang || 'id').toLowerCase().slice(0, 2) === 'en' ? 'en' : 'id';
  var T = TEXT[lang];

  var MAX_QUESTION = 500; // characters; longer input is almost always a paste accident
  var SESSION_KEY = 'tanya.session:' + serverBase + (article ? ':' + article : '');
  var PING_EVERY_MS = 25000; // below common proxy idle timeouts (30-60 s)
  var PONG_TIMEOUT_MS = 10000;
  var HTTP_TIMEOUT_MS = 20000;

  // ---- small DOM helpers: the only way text reaches the page ----

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'text') node.textContent = String(v);
        else if (k === 'className') node.className = v;
        else node.setAttribute(k, v === true ? '' : String(v));
      });
    }
    (children || []).forEach(function (c) {
      if (c) node.appendChild(c);
    });
    return node;
  }

  function icon(pathData) {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', '22');
    svg.setAttribute('height', '22');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('d', pathData);
    path.setAttribute('fill', 'currentColor');
    svg.appendChild(path);
    return svg;
  }
  var ICON_CHAT =
    'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm3 6a1.25 1.25 0 1 0 0 2.5A1.25 1.25 0 0 0 7 10zm5 0a1.25 1.25 0 1 0 0 2.5 1.25 1.25 0 0 0 0-2.5zm5 0a1.25 1.25 0 1 0 0 2.5 1.25 1.25 0 0 0 0-2.5z';
  var ICON_CLOSE =
    'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6 10.6 12 5 6.4z';
  var ICON_SEND = 'M3 20.5 21.5 12 3 3.5v6.6L15 12 3 13.9z';
  // A thumb up (cuff and hand); the down one is the same, turned over in CSS.
  // Drawn rather than an emoji: not every reader's system has an emoji font.
  var ICON_THUMB = 'M2 10h4v11H2zM8 10l5-7c1.2 0 2 .9 2 2l-1 4h6c1.1 0 2 .9 2 2l-2 8c-.3.8-1 1-2 1H8z';

  function storageGet(key) {
    try {
      return window.sessionStorage.getItem(key);
    } catch (e) {
      return null; // storage can be disabled (privacy modes, sandboxed iframes)
    }
  }
  function storageSet(key, value) {
    try {
      window.sessionStorage.setItem(key, value);
    } catch (e) {
      /* the chat still works, it just cannot resume after a reload */
    }
  }

  // ---- the widget's DOM ----

  var host = document.createElement('tanya-chat');
  host.setAttribute('data-position', dataset.position === 'left' ? 'left' : 'right');
  // Appearance knobs map onto CSS custom properties, which inherit into the
  // shadow tree; a site can equally set them from its own stylesheet.
  var styleVars = {
    accent: '--tanya-accent',
    accentText: '--tanya-accent-text',
    font: '--tanya-font',
    offset: '--tanya-offset',
    zIndex: '--tanya-z-index',
  };
  Object.keys(styleVars).forEach(function (k) {
    if (dataset[k]) host.style.setProperty(styleVars[k], dataset[k]);
  });

  var shadow = host.attachShadow({ mode: 'open' });
  // Until widget.css arrives the unstyled controls would flash in the page.
  var critical = el('style', {
    text: ':host{all:initial}.tanya:not(.ready){visibility:hidden}[hidden]{display:none!important}',
  });
  var stylesheet = el('link', { rel: 'stylesheet', href: serverBase + '/widget.css' });

  var launcher = el(
    'button',
    {
      type: 'button',
      className: 'launcher',
      'aria-label': T.launcherLabel,
      'aria-expanded': 'false',
      'aria-controls': 'tanya-panel',
    },
    [icon(ICON_CHAT), el('span', { className: 'launcher-text', text: T.launcher })]
  );

  var titleText = dataset.title || T.title;
  var closeButton = el('button', { type: 'button', className: 'close', 'aria-label': T.close }, [
    icon(ICON_CLOSE),
  ]);
  var notice = el('div', { className: 'notice', role: 'status', 'aria-live': 'polite' });
  notice.hidden = true;
  var log = el('div', {
    className: 'log',
    role: 'log',
    'aria-live': 'polite',
    'aria-label': T.log,
    tabindex: '0',
  });
  var input = el('input', {
    id: 'tanya-input',
    type: 'text',
    className: 'input',
    autocomplete: 'off',
    enterkeyhint: 'send',
    maxlength: String(MAX_QUESTION),
    placeholder: T.placeholder,
  });
  var sendButton = el('button', { type: 'submit', className: 'send', 'aria-label': T.send }, [
    icon(ICON_SEND),
  ]);
  var form = el('form', { className: 'composer' }, [
    el('label', { for: 'tanya-input', className: 'visually-hidden', text: T.inputLabel }),
    input,
    sendButton,
  ]);
  var panel = el(
    'section',
    {
      id: 'tanya-panel',
      className: 'panel',
      role: 'dialog',
      'aria-labelledby': 'tanya-title',
      lang: lang,
    },
    [
      el('header', { className: 'header' }, [
        el('div', { className: 'heading' }, [
          el('h2', { id: 'tanya-title', className: 'title', text: titleText }),
          el('p', { className: 'subtitle', text: T.subtitle }),
        ]),
        closeButton,
      ]),
      notice,
      log,
      form,
    ]
  );
  panel.hidden = true;

  var root = el('div', { className: 'tanya' }, [launcher, panel]);
  shadow.appendChild(critical);
  shadow.appendChild(stylesheet);
  shadow.appendChild(root);
  function markReady() {
    root.classList.add('ready');
  }
  stylesheet.addEventListener('load', markReady);
  stylesheet.addEventListener('error', markReady); // unstyled beats invisible

  // ---- rendering messages ----

  function scrollToEnd() {
    log.scrollTop = log.scrollHeight;
  }

  // Scrolling to the very end would hide the beginning of a long answer, so
  // the question (or the answer itself) is put at the top when it all does not fit.
  function revealAnswer(node) {
    var prev = node.previousElementSibling;
    while (prev && prev.classList.contains('typing')) prev = prev.previousElementSibling;
    var start = prev && prev.classList.contains('user') ? prev : node;
    var top = start.offsetTop - 8;
    if (log.scrollHeight - top > log.clientHeight) log.scrollTop = top;
    else scrollToEnd();
  }

  function addUserMessage(text) {
    remember({ r: 'u', t: text });
    var node = el('div', { className: 'msg user' }, [
      el('span', { className: 'visually-hidden', text: T.you + ' ' }),
      el('p', { className: 'bubble', text: text }),
    ]);
    log.appendChild(node);
    scrollToEnd();
    return node;
  }

  var BULLET = /^\s*[-*•]\s+/;
  var NUMBERED = /^\s*\d+[.)]\s+/;

  // A list line "Kerja sama bilateral: kerja sama antar dua negara..." whose
  // label is one of the answer's items gets the label in bold, so the list
  // reads like the article's own.
  function listItem(text, itemSet) {
    var colon = text.indexOf(': ');
    if (colon > 0 && itemSet[text.slice(0, colon)]) {
      return el('li', null, [
        el('strong', { text: text.slice(0, colon) }),
        document.createTextNode(text.slice(colon)),
      ]);
    }
    return el('li', { text: text });
  }

  // The answer text is plain lines. Lines starting with "- " or "1. " are a
  // list in the text itself (often with a description per item), so they
  // become a real <ul>/<ol> where they stand. `items` is the short form of
  // that list; it is used on its own only when the text has no list lines.
  function answerBody(text, items) {
    var body = el('div', { className: 'bubble' });
    var itemSet = {};
    items.forEach(function (it) {
      itemSet[it] = true;
    });
    var list = null;
    var listKind = '';
    var sawList = false;
    String(text || '')
      .split('\n')
      .forEach(function (line) {
        var trimmed = line.trim();
        if (!trimmed) {
          list = null;
          return;
        }
        var kind = BULLET.test(trimmed) ? 'ul' : NUMBERED.test(trimmed) ? 'ol' : '';
        if (!kind) {
          list = null;
          body.appendChild(el('p', { text: trimmed }));
          return;
        }
        if (!list || listKind !== kind) {
          list = el(kind);
          listKind = kind;
          body.appendChild(list);
        }
        sawList = true;
        list.appendChild(listItem(trimmed.replace(kind === 'ul' ? BULLET : NUMBERED, ''), itemSet));
      });
    if (items.length && !sawList) {
      var ul = el('ul');
      items.forEach(function (it) {
        ul.appendChild(el('li', { text: it }));
      });
      body.appendChild(ul);
    }
    if (!body.firstChild) body.appendChild(el('p', { text: T.error }));
    return body;
  }

  // True when this page carries the source's section: the demo page, or the
  // page of the source's own article (another article may use the same anchor).
  function isLocal(s) {
    var slug = String(s.anchor || '');
    if (!slug || !document.getElementById(slug)) return false;
    return !article || !s.article_id || String(s.article_id) === article;
  }

  function sourceHref(s) {
    var slug = String(s.anchor || '');
    // Stay in the page when it has the section; elsewhere, go to the
    // article's page on the Tanya server.
    if (isLocal(s)) return '#' + encodeURIComponent(slug);
    var page = s.article_id ? '/a/' + encodeURIComponent(String(s.article_id)) : '/';
    return serverBase + page + (slug ? '#' + encodeURIComponent(slug) : '');
  }

  function sourcesBlock(sources) {
    var seen = {};
    var links = [];
    (sources || []).forEach(function (s) {
      if (!s || typeof s !== 'object') return;
      var key = String(s.anchor || '') + '|' + String(s.article || '');
      if (seen[key] || links.length >= 3) return;
      seen[key] = true;
      // On the article's own page the article is obvious: name the section.
      // Embedded elsewhere, say which article the link leads to as well.
      var local = isLocal(s);
      var label = s.section && s.section !== s.article && s.article && !local
        ? s.article + ' › ' + s.section
        : s.section || s.article || s.anchor || '';
      var a = el('a', { className: 'source', href: sourceHref(s), text: label });
      if (s.snippet) a.title = String(s.snippet);
      a.addEventListener('click', onSourceClick);
      links.push(a);
    });
    if (!links.length) return null;
    var box = el('p', { className: 'sources' }, [el('span', { className: 'sources-label', text: T.sources + ' ' })]);
    links.forEach(function (a, i) {
      if (i) box.appendChild(document.createTextNode(' · '));
      box.appendChild(a);
    });
    return box;
  }

  function onSourceClick() {
    // A phone-sized panel covers the article, so get out of the way; on a
    // desktop the section scrolls into view beside the open panel.
    if (isFullScreen()) setOpen(false, false);
  }

  function chipsBlock(suggestions) {
    var list = (suggestions || []).filter(function (s) {
      return typeof s === 'string' && s.trim();
    });
    if (!list.length) return null;
    var box = el('div', { className: 'chips', role: 'group', 'aria-label': T.suggestions });
    list.slice(0, 4).forEach(function (s) {
      var chip = el('button', { type: 'button', className: 'chip', text: s });
      chip.addEventListener('click', function () {
        ask(s);
        input.focus(); // the chip disappears; keep keyboard users in the composer
      });
      box.appendChild(chip);
    });
    return box;
  }

  // Old chips are removed once the conversation moves on: they were answers
  // to a context that no longer exists.
  function clearChips() {
    Array.prototype.forEach.call(log.querySelectorAll('.chips'), function (c) {
      c.remove();
    });
  }

  // ---- feedback: 👍/👎 under each answer, a comment after 👎 ----
  // Sent over HTTP whatever the chat uses, so that it never waits behind
  // questions; the server says in its welcome whether it records feedback.
  var feedbackOn = true;
  var FEEDBACK_ID = /^[0-9a-f]{32}$/;

  function postFeedback(answerId, value, comment, done) {
    var body = { id: answerId, value: value };
    if (comment) body.comment = comment;
    fetch(serverBase + '/api/feedback', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
    })
      .then(function (res) {
        return res.json().then(function (b) {
          return { ok: res.ok, body: b || {} };
        });
      })
      .then(function (r) {
        if (!r.ok && r.body.error === 'feedback_off') disableFeedback();
        done(r.ok);
      })
      .catch(function () {
        done(false);
      });
  }

  function disableFeedback() {
    feedbackOn = false;
    Array.prototype.forEach.call(log.querySelectorAll('.feedback'), function (f) {
      f.remove();
    });
  }

  function feedbackBlock(answerId, given) {
    if (!feedbackOn || typeof answerId !== 'string' || !FEEDBACK_ID.test(answerId)) return null;
    var status = el('p', { className: 'feedback-status', role: 'status', 'aria-live': 'polite' });
    var up = el('button', { type: 'button', className: 'vote up', 'aria-pressed': 'false', 'aria-label': T.up, title: T.up }, [icon(ICON_THUMB)]);
    var down = el('button', { type: 'button', className: 'vote down', 'aria-pressed': 'false', 'aria-label': T.down, title: T.down }, [icon(ICON_THUMB)]);
    var group = el('div', { className: 'feedback', role: 'group', 'aria-label': T.helpful }, [up, down, status]);
    var form = null;
    function mark(value) {
      up.setAttribute('aria-pressed', value === 'up' ? 'true' : 'false');
      down.setAttribute('aria-pressed', value === 'down' ? 'true' : 'false');
    }
    function send(value, comment, done) {
      postFeedback(answerId, value, comment, function (ok) {
        status.textContent = ok ? T.thanks : T.feedbackFailed;
        if (done) done(ok);
        if (ok) {
          mark(value);
          feedbackGiven[answerId] = value;
          var keys = Object.keys(feedbackGiven);
          // Only the marks of the answers a transcript can still show.
          keys.slice(0, Math.max(0, keys.length - MAX_HISTORY)).forEach(function (k) {
            delete feedbackGiven[k];
          });
          storageSet(FEEDBACK_KEY, JSON.stringify(feedbackGiven));
        }
      });
    }
    function commentForm() {
      if (form) return;
      var inputId = 'tanya-comment-' + answerId;
      var input = el('input', { id: inputId, type: 'text', maxlength: '120', className: 'comment' });
      var submit = el('button', { type: 'submit', className: 'comment-send', text: T.commentSend });
      form = el('form', { className: 'feedback-comment' }, [
        el('label', { for: inputId, text: T.commentLabel }),
        input,
        submit,
      ]);
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        var text = input.value.trim();
        if (!text) return;
        // The form stays, with what was typed, until the comment is stored.
        send('down', text, function (ok) {
          if (!ok || !form) return;
          form.remove();
          form = null;
          down.focus(); // not lost to the page with the removed field
        });
      });
      group.insertBefore(form, status);
      input.focus();
    }
    up.addEventListener('click', function () {
      if (form) {
        form.remove();
        form = null;
      }
      if (up.getAttribute('aria-pressed') !== 'true') send('up');
    });
    down.addEventListener('click', function () {
      // Pressed again, it only reopens the comment: the mark (and any
      // comment already sent) stands.
      if (down.getAttribute('aria-pressed') !== 'true') send('down');
      commentForm();
    });
    if (given === 'up' || given === 'down') mark(given);
    return group;
  }

  function addBotMessage(parts) {
    var node = el('div', { className: 'msg bot' + (parts.found === false ? ' not-found' : '') });
    if (parts.intent) node.setAttribute('data-intent', String(parts.intent));
    node.appendChild(el('span', { className: 'visually-hidden', text: T.bot + ' ' }));
    node.appendChild(parts.body);
    var src = sourcesBlock(parts.sources);
    if (src) node.appendChild(src);
    var votes = parts.answerId ? feedbackBlock(parts.answerId, feedbackGiven[parts.answerId]) : null;
    if (votes) node.appendChild(votes);
    var chips = chipsBlock(parts.suggestions);
    if (chips) node.appendChild(chips);
    log.appendChild(node);
    revealAnswer(node);
    return node;
  }

  function addAnswer(msg) {
    remember({
      r: 'a',
      m: {
        answer: msg.answer,
        items: msg.items,
        sources: msg.sources,
        suggestions: msg.suggestions,
        found: msg.found,
        intent: msg.intent,
        answer_id: msg.answer_id,
      },
    });
    var items = Array.isArray(msg.items) ? msg.items.filter(function (x) {
      return typeof x === 'string';
    }) : [];
    addBotMessage({
      body: answerBody(msg.answer, items),
      answerId: msg.answer_id,
      found: msg.found,
      intent: msg.intent,
      sources: Array.isArray(msg.sources) ? msg.sources : [],
      suggestions: Array.isArray(msg.suggestions) ? msg.suggestions : [],
    });
  }

  function addError(msg) {
    remember({ r: 'e', m: { error: msg && msg.error, message: msg && msg.message } });
    // The server's messages are Indonesian sentences meant for readers; in
    // English mode only the codes a reader can act on get their own text.
    var text;
    if (lang === 'id' && msg && typeof msg.message === 'string' && msg.message) text = msg.message;
    else if (msg && msg.error === 'too_long') text = T.tooLong;
    else if (msg && msg.error === 'rate_limited') text = T.rateLimited;
    else text = T.error;
    addBotMessage({ body: el('div', { className: 'bubble' }, [el('p', { text: text })]), found: false });
  }

  var typing = el('div', { className: 'msg bot typing', 'aria-label': T.typing }, [
    el('span', { className: 'visually-hidden', text: T.typing }),
    el('span', { className: 'bubble dots', 'aria-hidden': 'true' }, [el('span'), el('span'), el('span')]),
  ]);
  function updateTyping() {
    if (Object.keys(pending).length > 0) {
      log.appendChild(typing); // (re)appended so it stays below the newest question
      scrollToEnd();
    } else if (typing.parentNode) {
      typing.remove();
    }
  }

  var noticeTimer = null;
  function showNotice(text, kind) {
    clearTimeout(noticeTimer);
    notice.textContent = text;
    notice.className = 'notice ' + (kind || '');
    notice.hidden = false;
    root.classList.toggle('is-offline', kind === 'offline');
    if (kind === 'online') {
      noticeTimer = setTimeout(function () {
        notice.hidden = true;
      }, 2500);
    }
  }
  function hideNotice() {
    clearTimeout(noticeTimer);
    notice.hidden = true;
    root.classList.remove('is-offline');
  }

  // ---- transcript ----
  // Kept in sessionStorage as data (never as HTML, it is re-rendered through
  // the same builders), so that after a reload the reader sees the
  // conversation that the resumed session continues.

  var LOG_KEY = 'tanya.log:' + serverBase + (article ? ':' + article : '');
  var MAX_HISTORY = 60;
  var transcript = [];
  // Which answers this reader marked, so a restored conversation shows them.
  var FEEDBACK_KEY = 'tanya.feedback:' + serverBase;
  var feedbackGiven = (function () {
    try {
      var v = JSON.parse(storageGet(FEEDBACK_KEY) || '{}');
      return v && typeof v === 'object' ? v : {};
    } catch (e) {
      return {};
    }
  })();
  var restoring = false;

  function remember(entry) {
    if (restoring) return;
    transcript.push(entry);
    if (transcript.length > MAX_HISTORY) transcript = transcript.slice(-MAX_HISTORY);
    storageSet(LOG_KEY, JSON.stringify(transcript));
  }

  function restore() {
    var saved;
    try {
      saved = JSON.parse(storageGet(LOG_KEY) || '[]');
    } catch (e) {
      saved = [];
    }
    if (!Array.isArray(saved) || !saved.length) return;
    transcript = saved.slice(-MAX_HISTORY);
    restoring = true;
    var last = transcript.length - 1;
    transcript.forEach(function (e, i) {
      if (!e || typeof e !== 'object') return;
      // Only the newest message keeps its suggestions, as in a live chat.
      if (e.r === 'u') addUserMessage(String(e.t || ''));
      else if (e.r === 'w') showWelcome(i === last ? e.g : []);
      else if (e.r === 'a' && e.m) addAnswer(i === last ? e.m : Object.assign({}, e.m, { suggestions: [] }));
      else if (e.r === 'e') addError(e.m);
    });
    restoring = false;
    welcomed = true;
  }

  // ---- connection: WebSocket with backoff, HTTP fallback ----

  var session = storageGet(SESSION_KEY);
  var pending = {}; // id -> question text, until its answer (or error) arrives
  var order = []; // ids in the order they were asked, to resend in order
  var answered = {};
  var seq = 0;
  var ws = null;
  var wsOpen = false;
  var everOpened = false; // did a socket ever open in this page?
  var failures = 0; // consecutive failed connection attempts
  var mode = 'ws'; // or 'http' once sockets look blocked
  var reconnectTimer = null;
  var pingTimer = null;
  var pongTimer = null;
  var welcomed = false;
  var started = false;
  var helloSent = false;
  var ready = false; // this socket has been welcomed (and resumed): questions may go out

  function setSession(id) {
    if (typeof id !== 'string' || !id) return;
    session = id;
    storageSet(SESSION_KEY, id);
  }

  function wsUrl() {
    return serverBase.replace(/^http/, 'ws') + '/ws';
  }

  function backoffMs() {
    // 0.5 s, 1 s, 2 s ... capped at 10 s (30 s while on the HTTP fallback),
    // with jitter so a restarted server is not hit by every reader at once.
    var cap = mode === 'http' ? 30000 : 10000;
    var base = Math.min(cap, 500 * Math.pow(2, Math.max(0, failures - 1)));
    return Math.round(base * (0.75 + Math.random() * 0.5));
  }

  function scheduleReconnect() {
    clearTimeout(reconnectTimer);
    reconnectTimer = setTimeout(connect, backoffMs());
  }

  function send(obj) {
    if (!ws || !wsOpen) return false;
    try {
      ws.send(JSON.stringify(obj));
      return true;
    } catch (e) {
      return false;
    }
  }

  function startPing() {
    stopPing();
    pingTimer = setInterval(function () {
      if (!send({ type: 'ping' })) return;
      clearTimeout(pongTimer);
      // No pong: the socket is half-dead (sleeping laptop, dropped NAT entry).
      pongTimer = setTimeout(function () {
        if (ws) ws.close();
      }, PONG_TIMEOUT_MS);
    }, PING_EVERY_MS);
  }
  function stopPing() {
    clearInterval(pingTimer);
    clearTimeout(pongTimer);
  }

  function connect() {
    clearTimeout(reconnectTimer);
    if (!('WebSocket' in window)) {
      useHttp();
      return;
    }
    var socket;
    try {
      socket = new WebSocket(wsUrl());
    } catch (e) {
      onSocketFailed(false);
      return;
    }
    ws = socket;
    var opened = false;
    socket.onopen = function () {
      if (ws !== socket) return;
      opened = true;
      wsOpen = true;
      everOpened = true;
      failures = 0;
      helloSent = false;
      ready = false;
      if (mode === 'http') mode = 'ws'; // the socket works again: prefer it
      startPing();
    };
    socket.onmessage = function (event) {
      if (ws !== socket) return;
      var msg;
      try {
        msg = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      if (msg && typeof msg === 'object') handleMessage(msg);
    };
    socket.onclose = function (event) {
      if (ws !== socket) return;
      ws = null;
      wsOpen = false;
      ready = false;
      stopPing();
      if (event && event.code === 1008) {
        // "Session resumed elsewhere": a duplicated tab shares our stored id.
        // Resuming it again would take it back and the two tabs would evict
        // each other forever, so this tab starts a fresh session instead.
        session = null;
        storageSet(SESSION_KEY, '');
      }
      onSocketFailed(opened);
    };
    socket.onerror = function () {
      /* onclose follows and decides what to do */
    };
  }

  function onSocketFailed(wasOpen) {
    failures += 1;
    if (wasOpen) {
      showNotice(T.offline, 'offline');
    } else if (!everOpened && failures >= 2 && mode === 'ws') {
      // The socket never opened here: likely a proxy that blocks upgrades.
      useHttp();
    } else if (mode === 'ws' && welcomed) {
      showNotice(T.offline, 'offline');
    }
    scheduleReconnect();
  }

  function useHttp() {
    mode = 'http';
    if (!welcomed) showWelcome([]);
    flushQueue();
  }

  // Every new socket is welcomed with a fresh session id. If we already had
  // one (a reload, a reconnect), we ask to resume it with `hello` and wait for
  // the second welcome: it carries the resumed id, or a fresh one when the
  // server no longer knows ours (e.g. after a restart), which we then adopt.
  function handleMessage(msg) {
    switch (msg.type) {
      case 'welcome':
        if (typeof msg.session !== 'string' || !msg.session) break;
        // A scoped widget says hello too, for its article's suggestions.
        if (((session && msg.session !== session) || article) && !helloSent) {
          helloSent = true;
          send(scoped({ type: 'hello', session: session || msg.session }));
          break; // questions go out after the reply, in the resumed context
        }
        setSession(msg.session);
        ready = true;
        if (msg.feedback === false) disableFeedback();
        if (!welcomed) showWelcome(msg.suggestions);
        if (root.classList.contains('is-offline')) showNotice(T.online, 'online');
        else if (notice.classList.contains('connecting')) hideNotice();
        flushQueue();
        break;
      case 'answer':
        settle(msg.id, function () {
          addAnswer(msg);
        });
        break;
      case 'error':
        settle(msg.id, function () {
          addError(msg);
        });
        break;
      case 'pong':
        clearTimeout(pongTimer);
        break;
      default:
        break;
    }
  }

  function settle(id, render) {
    if (!id || answered[id]) return; // a resent question answered twice
    if (pending[id] === undefined) return;
    answered[id] = true;
    delete pending[id];
    order = order.filter(function (x) {
      return x !== id;
    });
    updateTyping(); // first, so the answer lands right below its question
    render();
    updateTyping(); // and again, to keep any indicator below the new answer
  }

  function showWelcome(suggestions) {
    remember({ r: 'w', g: suggestions });
    welcomed = true;
    if (!notice.hidden && notice.classList.contains('connecting')) hideNotice();
    addBotMessage({
      body: el('div', { className: 'bubble' }, [el('p', { text: T.welcome })]),
      suggestions: suggestions,
    });
  }

  // Sends every unanswered question: new ones typed while offline and ones
  // whose answer was lost with the old socket. The ids stay the same, so a
  // duplicate answer is ignored by settle().
  function flushQueue() {
    order.slice().forEach(function (id) {
      if (pending[id] === undefined) return;
      if (mode === 'ws') {
        if (ready) send(scoped({ type: 'ask', id: id, text: pending[id] }));
      } else if (!inFlight[id]) {
        askHttp(id, pending[id]);
      }
    });
  }

  var inFlight = {};
  function askHttp(id, text) {
    inFlight[id] = true;
    var ctrl = 'AbortController' in window ? new AbortController() : null;
    var timer = setTimeout(function () {
      if (ctrl) ctrl.abort();
    }, HTTP_TIMEOUT_MS);
    fetch(serverBase + '/api/ask', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(scoped({ session: session || undefined, text: text })),
      signal: ctrl ? ctrl.signal : undefined,
      credentials: 'omit',
    })
      .then(function (res) {
        return res.json().then(function (body) {
          return { ok: res.ok, body: body };
        });
      })
      .then(function (r) {
        clearTimeout(timer);
        delete inFlight[id];
        if (root.classList.contains('is-offline')) showNotice(T.online, 'online');
        var body = r.body || {};
        if (body.session) setSession(body.session);
        settle(id, function () {
          if (r.ok && !body.error) addAnswer(body);
          else addError(body);
        });
      })
      .catch(function () {
        clearTimeout(timer);
        delete inFlight[id];
        // Network failure: keep the question pending; it is retried when
        // the socket (or the next HTTP attempt) comes back.
        showNotice(T.offline, 'offline');
        setTimeout(function () {
          if (mode === 'http' && pending[id] !== undefined && !inFlight[id]) askHttp(id, text);
        }, backoffMs());
      });
  }

  function ask(raw) {
    var text = String(raw || '').trim();
    if (!text) return;
    if (text.length > MAX_QUESTION) text = text.slice(0, MAX_QUESTION);
    clearChips();
    addUserMessage(text);
    seq += 1;
    var id = 'q' + Date.now().toString(36) + '-' + seq;
    pending[id] = text;
    order.push(id);
    updateTyping();
    start();
    if (mode === 'ws') {
      if (ready) send(scoped({ type: 'ask', id: id, text: text })); // else flushQueue sends it once welcomed
    } else {
      askHttp(id, text);
    }
  }

  function start() {
    if (started) return;
    started = true;
    showNotice(T.connecting, 'connecting');
    connect();
  }

  window.addEventListener('online', function () {
    // The OS says we are back: skip the remaining backoff.
    if (started && !wsOpen) {
      failures = 0;
      connect();
    }
  });

  // ---- opening, closing, keyboard ----

  function setOpen(open, restoreFocus) {
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', open ? 'true' : 'false');
    root.classList.toggle('is-open', open);
    // On a phone the open panel is the whole screen, i.e. a modal dialog.
    if (open && isFullScreen()) panel.setAttribute('aria-modal', 'true');
    else panel.removeAttribute('aria-modal');
    if (open) {
      start();
      scrollToEnd();
      input.focus();
    } else if (restoreFocus !== false) {
      launcher.focus();
    }
  }

  launcher.addEventListener('click', function () {
    setOpen(panel.hidden);
  });
  closeButton.addEventListener('click', function () {
    setOpen(false);
  });
  function isFullScreen() {
    return !!(window.matchMedia && window.matchMedia('(max-width: 600px)').matches);
  }

  panel.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(false);
    } else if (e.key === 'Tab' && isFullScreen()) {
      // Full screen, the panel hides the page: Tab must not wander into
      // links the reader cannot see, so it wraps between the first and last control.
      var controls = panel.querySelectorAll('button, a[href], input, [tabindex="0"]');
      var first = controls[0];
      var last = controls[controls.length - 1];
      var active = shadow.activeElement;
      if (e.shiftKey && active === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && active === last) {
        e.preventDefault();
        first.focus();
      }
    }
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var text = input.value;
    if (!text.trim()) return;
    input.value = '';
    ask(text);
  });

  function mount() {
    restore();
    document.body.appendChild(host);
    if (dataset.open === 'true' || dataset.open === '') setOpen(true);
  }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);

  // A small API for sites that want their own "Ask about this article" button.
  window.TanyaWidget = {
    open: function () {
      setOpen(true);
    },
    close: function () {
      setOpen(false);
    },
    ask: function (text) {
      setOpen(true);
      ask(text);
    },
  };
})();
