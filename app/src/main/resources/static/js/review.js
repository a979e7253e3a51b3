// Review page of a notice: original text beside the editable tasks. No inline handlers (CSP
// script-src 'self'): everything is wired here by event delegation on #review-root, whose
// #review-editor the server re-renders after each save. Texts come from the page (messages_vi),
// user data is only ever put into the page with textContent/value, never as HTML.
(function () {
  'use strict';

  var root, textPane, originalText = null;
  var dirty = false;
  var searchTimer = null, searchSeq = 0;

  function $(sel, from) { return (from || document).querySelector(sel); }
  function $all(sel, from) { return Array.prototype.slice.call((from || document).querySelectorAll(sel)); }
  function editor() { return $('#review-editor', root); }
  function cards() { return $all('#task-list > .task-card', root); }
  function msg(name) { var el = $('#review-i18n', root); return el ? (el.getAttribute('data-' + name) || '') : ''; }
  function format(pattern, arg) { return pattern.split('{0}').join(String(arg)); }

  // ---- original text and highlight --------------------------------------------------------------

  function highlight(start, end) {
    if (!textPane) { return; }
    if (originalText === null) { originalText = textPane.textContent; }
    textPane.textContent = '';
    if (start === null || end === null || isNaN(start) || isNaN(end) || end <= start || start >= originalText.length) {
      textPane.appendChild(document.createTextNode(originalText));
      return;
    }
    end = Math.min(end, originalText.length);
    var mark = document.createElement('mark');
    mark.textContent = originalText.slice(start, end);
    textPane.appendChild(document.createTextNode(originalText.slice(0, start)));
    textPane.appendChild(mark);
    textPane.appendChild(document.createTextNode(originalText.slice(end)));
    // scroll the pane (not the window) so the passage is in view
    var top = mark.offsetTop - textPane.clientHeight / 3;
    textPane.scrollTop = Math.max(0, top);
  }

  function spanOf(el) {
    var s = el.getAttribute('data-text-start'), e = el.getAttribute('data-text-end');
    return [s === null ? null : parseInt(s, 10), e === null ? null : parseInt(e, 10)];
  }

  function select(card) {
    if (!card || card.classList.contains('active')) { return; }
    $all('.task-card.active, .task-row.active', root).forEach(function (c) { c.classList.remove('active'); });
    card.classList.add('active');
    var span = spanOf(card);
    highlight(span[0], span[1]);
  }

  // ---- reading and building cards ----------------------------------------------------------------

  function chipsOf(card, field) {
    return $all('.agency-picker[data-field="' + field + '"] .agency-chip', card);
  }

  function confidenceOf(card) {
    try { return JSON.parse(card.getAttribute('data-confidence') || '{}') || {}; } catch (e) { return {}; }
  }

  function intAttr(card, name) {
    var v = card.getAttribute(name);
    return v === null || v === '' ? null : parseInt(v, 10);
  }

  function blankToNull(s) { s = (s || '').trim(); return s === '' ? null : s; }

  // the task as the server stores it (samples schema + span, confidence, warnings)
  function readTask(card) {
    var task = {
      ref: blankToNull($('.task-ref', card).value),
      lead: chipsOf(card, 'lead').map(function (c) { return c.getAttribute('data-name'); }),
      support: chipsOf(card, 'support').map(function (c) { return c.getAttribute('data-name'); }),
      content: $('.task-content', card).value.trim(),
      deadline: blankToNull($('.task-deadline', card).value),
      deadline_text: blankToNull($('.task-deadline-text', card).value),
      recurrence: blankToNull($('.task-recurrence', card).value),
      standing: $('.task-standing', card).checked,
      product: blankToNull($('.task-product', card).value),
      confidence: confidenceOf(card),
      warnings: $all('.task-warnings li', card).map(function (li) { return li.getAttribute('data-text'); })
    };
    var s = intAttr(card, 'data-span-start'), e = intAttr(card, 'data-span-end');
    if (s !== null && e !== null) { task.span_start = s; task.span_end = e; }
    return task;
  }

  function readHeader() {
    var h = {};
    ['number', 'issuer', 'issued_date', 'meeting_date', 'chair', 'title'].forEach(function (name) {
      var el = $('#review-header [name="' + name + '"]', root);
      h[name] = el ? blankToNull(el.value) : null;
    });
    return h;
  }

  function setSpan(card, span) {
    ['data-span-start', 'data-span-end', 'data-text-start', 'data-text-end'].forEach(function (a, i) {
      var v = span[i];
      if (v === null || v === undefined || isNaN(v)) { card.removeAttribute(a); } else { card.setAttribute(a, String(v)); }
    });
  }

  function spanAttrs(card) {
    return [intAttr(card, 'data-span-start'), intAttr(card, 'data-span-end'),
      intAttr(card, 'data-text-start'), intAttr(card, 'data-text-end')];
  }

  // a new card from the page's blank task, filled from another card's values
  function newCard() {
    var tpl = $('#tpl-task', root);
    return tpl.content.firstElementChild.cloneNode(true);
  }

  function fill(card, t) {
    $('.task-ref', card).value = t.ref || '';
    $('.task-content', card).value = t.content || '';
    $('.task-deadline', card).value = t.deadline || '';
    $('.task-deadline-text', card).value = t.deadline_text || '';
    $('.task-recurrence', card).value = t.recurrence || '';
    $('.task-standing', card).checked = !!t.standing;
    $('.task-product', card).value = t.product || '';
    card.setAttribute('data-confidence', JSON.stringify(t.confidence || {}));
    ['lead', 'support'].forEach(function (field) {
      var box = $('.agency-picker[data-field="' + field + '"] .chips', card);
      box.textContent = '';
      (t[field + 'Chips'] || []).forEach(function (chip) { box.appendChild(chip.cloneNode(true)); });
    });
    var list = $('.task-warnings', card);
    list.textContent = '';
    (t.warningItems || []).forEach(function (li) { list.appendChild(li.cloneNode(true)); });
    // a split or merged task keeps the extraction's doubts only where the fields came from it
    $all('.low-confidence', card).forEach(function (b) {
      if (!(t.low || {})[b.getAttribute('data-field')]) { b.remove(); }
    });
  }

  function snapshot(card) {
    var t = readTask(card);
    t.leadChips = chipsOf(card, 'lead');
    t.supportChips = chipsOf(card, 'support');
    t.warningItems = $all('.task-warnings li', card);
    t.low = {};
    $all('.low-confidence', card).forEach(function (b) { t.low[b.getAttribute('data-field')] = true; });
    return t;
  }

  function nextRef(ref) {
    if (!ref) { return ''; }
    var base = ref.replace(/#\d+$/, '');
    var taken = {};
    cards().forEach(function (c) { taken[$('.task-ref', c).value.trim()] = true; });
    for (var k = 2; ; k++) {
      if (!taken[base + '#' + k]) { return base + '#' + k; }
    }
  }

  // ---- checks shown on each card -------------------------------------------------------------------

  function recheck(card) {
    var content = $('.task-content', card).value.trim();
    var deadline = $('.task-deadline', card).value;
    var deadlineText = $('.task-deadline-text', card).value.trim();
    var standing = $('.task-standing', card).checked;
    var all = chipsOf(card, 'lead').concat(chipsOf(card, 'support'));
    var state = {
      emptyContent: content === '',
      noLead: chipsOf(card, 'lead').length === 0,
      unresolved: all.some(function (c) { return c.getAttribute('data-resolved') !== 'true'; }),
      uncertain: all.some(function (c) { return c.classList.contains('chip-uncertain'); }),
      deadlineWithoutDate: !deadline && !standing && deadlineText !== '',
      standingWithDeadline: standing && !!deadline
    };
    var any = false;
    $all('.task-checks li', card).forEach(function (li) {
      var on = !!state[li.getAttribute('data-check')];
      li.hidden = !on;
      any = any || on;
    });
    card.classList.toggle('attention', any || $all('.task-warnings li', card).length > 0);
  }

  function renumber() {
    cards().forEach(function (card, i) {
      $('.task-number', card).textContent = String(i + 1);
      recheck(card);
    });
    var empty = $('#review-empty', root);
    if (empty) { empty.hidden = cards().length > 0; }
  }

  function markDirty() {
    dirty = true;
    var badge = $('#review-dirty', root);
    if (badge) { badge.hidden = false; }
  }

  // an edited field is no longer the extraction's guess
  function reviewed(card, field) {
    if (!card || !field) { return; }
    var conf = confidenceOf(card);
    if (conf[field] !== undefined && conf[field] < 1) {
      conf[field] = 1;
      card.setAttribute('data-confidence', JSON.stringify(conf));
    }
    $all('.low-confidence[data-field="' + field + '"]', card).forEach(function (b) { b.remove(); });
  }

  function fieldOf(el) {
    if (el.classList.contains('task-content')) { return 'content'; }
    if (el.classList.contains('task-deadline') || el.classList.contains('task-deadline-text')) { return 'deadline'; }
    return null;
  }

  // ---- task actions --------------------------------------------------------------------------------

  function split(card) {
    var area = $('.task-content', card);
    var text = area.value;
    var at = area.selectionStart;
    var t = snapshot(card);
    var second = Object.assign({}, t);
    if (at > 0 && at < text.length) {
      area.value = text.slice(0, at).trim();
      second.content = text.slice(at).trim();
    }
    second.ref = nextRef(t.ref);
    var copy = newCard();
    fill(copy, second);
    setSpan(copy, spanAttrs(card));
    card.after(copy);
    renumber();
    markDirty();
    select(copy);
    $('.task-content', copy).focus();
  }

  function merge(card) {
    var next = card.nextElementSibling;
    if (!next || !next.classList.contains('task-card')) { return; }
    var a = snapshot(card), b = snapshot(next);
    var area = $('.task-content', card);
    area.value = [a.content, b.content].filter(function (s) { return s; }).join(' ');
    ['lead', 'support'].forEach(function (field) {
      b[field + 'Chips'].forEach(function (chip) { addChipElement(card, field, chip.cloneNode(true)); });
    });
    // a name that now leads is not also supporting
    var leads = chipsOf(card, 'lead').map(function (c) { return c.getAttribute('data-name'); });
    chipsOf(card, 'support').forEach(function (c) {
      if (leads.indexOf(c.getAttribute('data-name')) >= 0) { c.remove(); }
    });
    if (!a.deadline && b.deadline) { $('.task-deadline', card).value = b.deadline; }
    if (!a.deadline_text && b.deadline_text) { $('.task-deadline-text', card).value = b.deadline_text; }
    if (!a.recurrence && b.recurrence) { $('.task-recurrence', card).value = b.recurrence; }
    if (!a.product && b.product) { $('.task-product', card).value = b.product; }
    if (b.standing && !a.deadline) { $('.task-standing', card).checked = true; }
    var conf = a.confidence;
    Object.keys(b.confidence).forEach(function (k) {
      conf[k] = conf[k] === undefined ? b.confidence[k] : Math.min(conf[k], b.confidence[k]);
    });
    card.setAttribute('data-confidence', JSON.stringify(conf));
    var list = $('.task-warnings', card);
    b.warningItems.forEach(function (li) { list.appendChild(li); });
    var sa = spanAttrs(card), sb = spanAttrs(next);
    var span = sa.map(function (v, i) {
      if (v === null) { return sb[i]; }
      if (sb[i] === null) { return v; }
      return i % 2 === 0 ? Math.min(v, sb[i]) : Math.max(v, sb[i]);
    });
    setSpan(card, span);
    next.remove();
    card.classList.remove('active');
    renumber();
    markDirty();
    select(card);
  }

  function remove(card) {
    var next = card.nextElementSibling || card.previousElementSibling;
    var wasActive = card.classList.contains('active');
    card.remove();
    renumber();
    markDirty();
    if (wasActive && next && next.classList.contains('task-card')) { select(next); } else if (wasActive) { highlight(null, null); }
  }

  function add() {
    var card = newCard();
    $('#task-list', root).appendChild(card);
    renumber();
    markDirty();
    select(card);
    card.scrollIntoView({ block: 'nearest' });
    $('.task-content', card).focus();
  }

  // ---- agency picker -----------------------------------------------------------------------------

  function hasChip(card, field, name) {
    return chipsOf(card, field).some(function (c) { return c.getAttribute('data-name') === name; });
  }

  function addChipElement(card, field, chip) {
    if (hasChip(card, field, chip.getAttribute('data-name'))) { return; }
    $('.agency-picker[data-field="' + field + '"] .chips', card).appendChild(chip);
  }

  // a chip for a directory entry (from the search) or for a name as typed (unresolved)
  function buildChip(agency) {
    var chip = $('#tpl-chip', root).content.firstElementChild.cloneNode(true);
    chip.setAttribute('data-name', agency.name);
    chip.setAttribute('data-resolved', agency.resolved ? 'true' : 'false');
    $('.chip-name', chip).textContent = agency.name;
    $('.chip-canonical', chip).remove();
    var details = $('.chip-members', chip);
    if (agency.group && !agency.unspecified) {
      var summary = $('summary', details);
      summary.textContent = format(summary.textContent, agency.memberCount);
      $('.chip-member-list', details).textContent = (agency.members || []).join(', ');
    } else {
      details.remove();
    }
    if (!agency.unspecified) { $('.chip-note', chip).remove(); }
    if (agency.resolved) { $('.chip-flag', chip).remove(); } else { chip.classList.add('chip-unresolved'); }
    return chip;
  }

  function pickerParts(input) {
    var picker = input.closest('.agency-picker');
    return { picker: picker, card: input.closest('.task-card'), field: picker.getAttribute('data-field'),
      list: $('.picker-results', picker) };
  }

  function closeResults(list, input) {
    list.hidden = true;
    list.textContent = '';
    if (input) { input.setAttribute('aria-expanded', 'false'); }
  }

  function showResults(input, agencies) {
    var p = pickerParts(input);
    p.list.textContent = '';
    if (!agencies.length) {
      var none = document.createElement('li');
      none.className = 'list-group-item text-muted small';
      none.textContent = msg('no-results');
      p.list.appendChild(none);
    }
    agencies.forEach(function (a, i) {
      var li = document.createElement('li');
      li.className = 'list-group-item list-group-item-action picker-option' + (i === 0 ? ' active' : '');
      li.setAttribute('role', 'option');
      li._agency = a;
      var name = document.createElement('span');
      name.textContent = a.name;
      li.appendChild(name);
      if (a.group) {
        var members = document.createElement('span');
        members.className = 'picker-members';
        var text = a.unspecified ? msg('unspecified') : format(msg('group'), a.memberCount);
        if (!a.unspecified && a.members && a.members.length) {
          text += ': ' + a.members.slice(0, 6).join(', ') + (a.members.length > 6 ? ', …' : '');
        }
        members.textContent = text;
        li.appendChild(members);
      }
      p.list.appendChild(li);
    });
    p.list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function search(input) {
    var q = input.value.trim();
    var p = pickerParts(input);
    if (q.length < 2) { closeResults(p.list, input); return; }
    var seq = ++searchSeq;
    var url = editor().getAttribute('data-agencies-url') + '?q=' + encodeURIComponent(q);
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (list) { if (seq === searchSeq && input.isConnected) { showResults(input, list); } })
      .catch(function () { /* the typed name can still be kept with Enter */ });
  }

  function choose(input, agency) {
    var p = pickerParts(input);
    var name = agency ? agency.name : input.value.trim();
    if (!name) { return; }
    var chip = buildChip(agency ? Object.assign({ resolved: true }, agency) : { name: name, resolved: false });
    addChipElement(p.card, p.field, chip);
    input.value = '';
    closeResults(p.list, input);
    reviewed(p.card, p.field);
    recheck(p.card);
    markDirty();
  }

  function movePick(list, step) {
    var options = $all('.picker-option', list);
    if (!options.length) { return; }
    var i = options.findIndex(function (o) { return o.classList.contains('active'); });
    if (i >= 0) { options[i].classList.remove('active'); }
    i = (i + step + options.length) % options.length;
    options[i].classList.add('active');
    options[i].scrollIntoView({ block: 'nearest' });
  }

  // ---- save and issue ----------------------------------------------------------------------------

  function status(kind, text, extra) {
    var box = $('#review-status', root);
    box.textContent = '';
    if (!text) { return; }
    var alert = document.createElement('div');
    alert.className = 'alert alert-' + kind;
    alert.id = 'review-message';
    alert.textContent = text;
    if (extra) { alert.appendChild(extra); }
    box.appendChild(alert);
  }

  function clearErrors() {
    $all('.task-error', root).forEach(function (e) { e.hidden = true; e.textContent = ''; });
  }

  function csrfHeaders() {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'text/html, application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { headers[header.content] = token.content; }
    return headers;
  }

  // saves everything; resolves true when saved (editor re-rendered), false otherwise (form kept)
  function save() {
    var ed = editor();
    var body = {
      version: parseInt(ed.getAttribute('data-version'), 10),
      header: readHeader(),
      tasks: cards().map(readTask)
    };
    var activeIndex = cards().findIndex(function (c) { return c.classList.contains('active'); });
    clearErrors();
    status('info', msg('saving'));
    $('#review-save', root).disabled = true;
    return fetch(ed.getAttribute('data-save-url'), {
      method: 'POST', credentials: 'same-origin', headers: csrfHeaders(), body: JSON.stringify(body)
    }).then(function (r) {
      if (r.ok) {
        return r.text().then(function (html) {
          var holder = document.createElement('div');
          holder.innerHTML = html; // the server's own template, user data escaped there
          var fresh = holder.querySelector('#review-editor');
          ed.replaceWith(fresh);
          wire();
          dirty = false;
          var again = cards()[activeIndex] || cards()[0];
          if (again) { select(again); }
          status('success', msg('saved'));
          return true;
        });
      }
      return r.json().catch(function () { return {}; }).then(function (err) {
        failed(r.status, err);
        return false;
      });
    }, function () {
      status('danger', msg('network'));
      return false;
    }).finally(function () {
      var b = $('#review-save', root);
      if (b) { b.disabled = false; }
    });
  }

  function failed(code, err) {
    var message = err && err.message ? err.message : format(msg('generic'), code);
    if (code === 409) {
      var more = document.createElement('div');
      more.className = 'mt-1';
      more.appendChild(document.createTextNode(msg('kept') + ' '));
      var link = document.createElement('a');
      link.href = window.location.pathname;
      link.target = '_blank';
      link.rel = 'noopener';
      link.textContent = msg('reload');
      more.appendChild(link);
      status('warning', message, more);
      return;
    }
    if (err && err.problems && err.problems.length) {
      var all = cards();
      err.problems.forEach(function (p) {
        var card = all[p.index];
        if (!card) { return; }
        var box = $('.task-error', card);
        box.textContent = p.message.charAt(0).toUpperCase() + p.message.slice(1) + '.';
        box.hidden = false;
      });
      var first = all[err.problems[0].index];
      if (first) { select(first); first.scrollIntoView({ block: 'center' }); }
      status('danger', msg('tasks'));
      return;
    }
    status('danger', message);
  }

  function issue() {
    var go = function () {
      if (!window.confirm(msg('confirm'))) { return; }
      var form = $('#issue-form', root);
      $('[name="version"]', form).value = editor().getAttribute('data-version');
      dirty = false;
      form.submit();
    };
    if (!dirty) { go(); return; }
    status('info', msg('save-first'));
    save().then(function (ok) { if (ok) { go(); } });
  }

  // ---- wiring --------------------------------------------------------------------------------------

  function wire() {
    textPane = $('#notice-text', root);
    originalText = textPane ? textPane.textContent : null;
    renumber();
  }

  function onClick(e) {
    var t = e.target;
    var action = t.closest('[data-action]');
    var option = t.closest('.picker-option');
    var card = t.closest('.task-card');
    if (option) {
      e.preventDefault();
      choose(option.closest('.agency-picker').querySelector('.picker-input'), option._agency);
      return;
    }
    if (!action) { if (card) { select(card); } return; }
    switch (action.getAttribute('data-action')) {
      case 'save': save(); break;
      case 'issue': issue(); break;
      case 'add': add(); break;
      case 'split': split(card); break;
      case 'merge': merge(card); break;
      case 'delete': remove(card); break;
      case 'dismiss-warning': action.closest('li').remove(); recheck(card); markDirty(); break;
      case 'remove-agency': {
        var picker = action.closest('.agency-picker');
        action.closest('.agency-chip').remove();
        reviewed(card, picker.getAttribute('data-field'));
        recheck(card);
        markDirty();
        break;
      }
      default: break;
    }
  }

  function onInput(e) {
    var t = e.target;
    if (t.classList.contains('picker-input')) {
      if (e.type !== 'input') { return; }
      clearTimeout(searchTimer);
      searchTimer = setTimeout(function () { search(t); }, 200);
      return;
    }
    var card = t.closest('.task-card');
    if (card) {
      reviewed(card, fieldOf(t));
      recheck(card);
    }
    if (t.closest('#review-editor')) { markDirty(); }
  }

  function onKeydown(e) {
    var t = e.target;
    if (!t.classList || !t.classList.contains('picker-input')) { return; }
    var list = pickerParts(t).list;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden) { search(t); } else { movePick(list, e.key === 'ArrowDown' ? 1 : -1); }
    } else if (e.key === 'Enter') {
      e.preventDefault();
      var active = list.hidden ? null : $('.picker-option.active', list);
      choose(t, active ? active._agency : null);
    } else if (e.key === 'Escape') {
      closeResults(list, t);
    }
  }

  function onFocusOut(e) {
    var t = e.target;
    if (t.classList && t.classList.contains('picker-input')) {
      setTimeout(function () {
        if (document.activeElement !== t && t.isConnected) { closeResults(pickerParts(t).list, t); }
      }, 200);
    }
  }

  function readOnly() {
    // read-only pages: clicking a task row highlights its passage
    textPane = $('#notice-text');
    if (!textPane) { return; }
    originalText = textPane.textContent;
    document.addEventListener('click', function (e) {
      var row = e.target.closest && e.target.closest('.task-row');
      if (!row) { return; }
      $all('.task-row.active').forEach(function (r) { r.classList.remove('active'); });
      row.classList.add('active');
      var span = spanOf(row);
      highlight(span[0], span[1]);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    root = $('#review-root');
    if (!root) { readOnly(); return; }
    wire();
    root.addEventListener('click', onClick);
    root.addEventListener('input', onInput);
    root.addEventListener('change', onInput);
    root.addEventListener('keydown', onKeydown);
    root.addEventListener('focusout', onFocusOut);
    root.addEventListener('focusin', function (e) {
      var card = e.target.closest && e.target.closest('.task-card');
      if (card) { select(card); }
    });
    window.addEventListener('beforeunload', function (e) {
      if (dirty) { e.preventDefault(); e.returnValue = msg('leave'); }
    });
    var first = cards()[0];
    if (first) { select(first); }
  });
}());
