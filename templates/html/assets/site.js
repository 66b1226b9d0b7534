// Enhancements only: every feature below also works (more plainly) without this script.
(function () {
  'use strict';
  var store = {
    get: function (k) { try { return window.localStorage.getItem(k); } catch (e) { return null; } },
    set: function (k, v) { try { window.localStorage.setItem(k, v); } catch (e) { /* file:// or private mode */ } }
  };

  // View and mode: remember the reader's choice; ?view=1&mode=diplomatic selects them in a link.
  function restoreSwitches() {
    var params = new URLSearchParams(window.location.search);
    ['view', 'mode'].forEach(function (name) {
      var wanted = params.get(name) || store.get('edition-' + name);
      var radios = document.querySelectorAll('input[name="' + name + '"]');
      radios.forEach(function (r) {
        if (wanted !== null && r.value === wanted) { r.checked = true; }
        r.addEventListener('change', function () { if (r.checked) { store.set('edition-' + name, r.value); } });
      });
    });
  }

  // Counterparts: focus or hover a passage and its translation lights up, also when not in the same row.
  function counterparts() {
    function toggle(el, on) {
      (el.getAttribute('data-counterparts') || '').split(' ').forEach(function (id) {
        var other = id && document.getElementById(id);
        if (other) { other.classList.toggle('counterpart', on); }
      });
    }
    document.querySelectorAll('[data-counterparts]').forEach(function (el) {
      el.addEventListener('mouseenter', function () { toggle(el, true); });
      el.addEventListener('mouseleave', function () { toggle(el, false); });
      el.addEventListener('focusin', function () { toggle(el, true); });
      el.addEventListener('focusout', function () { toggle(el, false); });
    });
  }

  // Notes: a click on a reference opens the note beside it; Escape or Close returns to the reference.
  function notes() {
    var pop = document.getElementById('note-popover');
    if (!pop) { return; }
    var opener = null;
    function close() {
      pop.hidden = true;
      if (opener) { opener.focus(); opener = null; }
    }
    document.querySelectorAll('a.noteref, a.appref').forEach(function (ref) {
      ref.setAttribute('aria-haspopup', 'dialog');
      ref.addEventListener('click', function (ev) {
        var id = ref.getAttribute('data-note');
        var note = id && document.getElementById(id);
        if (!note) { return; }
        ev.preventDefault();
        opener = ref;
        while (pop.childNodes.length > 1) { pop.removeChild(pop.lastChild); }
        var body = note.querySelector('.note-body');
        var content = document.createElement('div');
        content.className = 'popover-body';
        content.appendChild((body || note).cloneNode(true));
        content.querySelectorAll('[id]').forEach(function (el) { el.removeAttribute('id'); });
        pop.appendChild(content);
        var actions = document.createElement('p');
        actions.className = 'popover-actions';
        var go = document.createElement('a');
        go.href = '#' + id;
        go.className = 'popover-go';
        go.textContent = pop.getAttribute('data-go');
        go.addEventListener('click', function () { pop.hidden = true; opener = null; });
        var btn = document.createElement('button');
        btn.type = 'button';
        btn.className = 'popover-close';
        btn.textContent = pop.getAttribute('data-close');
        btn.addEventListener('click', close);
        actions.appendChild(go);
        actions.appendChild(btn);
        pop.appendChild(actions);
        var r = ref.getBoundingClientRect();
        pop.style.top = (window.scrollY + r.bottom + 6) + 'px';
        pop.style.left = Math.max(8, Math.min(window.scrollX + r.left - 20, document.documentElement.clientWidth - 400)) + 'px';
        pop.hidden = false;
        pop.setAttribute('tabindex', '-1');
        pop.focus();
      });
    });
    document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape' && !pop.hidden) { close(); } });
    document.addEventListener('click', function (ev) {
      if (!pop.hidden && !pop.contains(ev.target) && !(ev.target.closest && ev.target.closest('a.noteref, a.appref'))) { pop.hidden = true; opener = null; }
    });
  }

  // Document list: filter by person, place, language; sort by date or, in a volume's listing, by its order (its
  // headings and parts shown then, and a heading only while a document under it is). Without JS it is a plain list.
  function documentList() {
    var form = document.querySelector('form.doc-filters');
    var list = document.getElementById('doc-list');
    if (!form || !list) { return; }
    form.hidden = false;
    var items = Array.prototype.slice.call(list.children);
    function has(li, attr, value) { return !value || (' ' + (li.getAttribute(attr) || '') + ' ').indexOf(' ' + value + ' ') >= 0; }
    function apply() {
      var person = form.elements.person.value, place = form.elements.place.value, lang = form.elements.lang.value;
      var sort = form.elements.sort.value, desc = sort === 'desc', inOrder = sort === 'order';
      var filtered = !!(person || place || lang);
      var sorted = items.slice().sort(function (a, b) {
        if (inOrder) { return Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order')); }
        var x = a.getAttribute('data-date') || '', y = b.getAttribute('data-date') || '';
        return (x < y ? -1 : x > y ? 1 : 0) * (desc ? -1 : 1);
      });
      var shown = 0, documents = 0, groups = {};
      sorted.forEach(function (li) {
        if (li.hasAttribute('data-kind')) { return; }
        documents++;
        var ok = has(li, 'data-persons', person) && has(li, 'data-places', place) && has(li, 'data-langs', lang);
        li.hidden = !ok;
        if (ok) {
          shown++;
          (li.getAttribute('data-groups') || '').split(' ').forEach(function (g) { groups[g] = true; });
        }
      });
      sorted.forEach(function (li) {
        var kind = li.getAttribute('data-kind');
        if (kind === 'heading') { li.hidden = !inOrder || !groups[li.getAttribute('data-group')]; }
        else if (kind === 'part') { li.hidden = !inOrder || filtered; }
        else if (kind === 'volume') { li.hidden = !inOrder; }
        list.appendChild(li);
      });
      var count = form.querySelector('.doc-count');
      count.textContent = window.editionPlural(count, documents, [shown, documents]);
    }
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (ev) { ev.preventDefault(); });
    apply();
  }

  // A link to a passage the chosen view hides (a table of contents pointing into the other text's column, a
  // permalink to it) leads to the text shown in the passage's row instead of nowhere.
  function hiddenTargets() {
    function shown(el) { return el.getClientRects().length > 0; }
    function reveal() {
      var id = decodeURIComponent(window.location.hash.slice(1));
      var target = id && document.getElementById(id);
      if (!target || shown(target)) { return; }
      var row = target.closest('.row');
      var cell = row && Array.prototype.filter.call(row.children, shown)[0];
      if (cell) { cell.scrollIntoView(); }
    }
    window.addEventListener('hashchange', reveal);
    document.addEventListener('click', function (ev) {
      var link = ev.target.closest && ev.target.closest('a[href^="#"]');
      if (link) { window.setTimeout(reveal, 0); } // the same hash again fires no hashchange
    });
    reveal();
  }

  // A plural label's form for a count, as Labels.Plural picks it: the element's data-plural-rule (CLDR's rule of
  // the interface language, as Edition's PluralRules has it) chooses the category among its data-forms (JSON);
  // {0}, {1}… are filled from values.
  function pluralCategory(rule, n) {
    var cases = (rule || '').split(';');
    for (var c = 0; c < cases.length; c++) {
      var colon = cases[c].indexOf(':');
      if (colon >= 0 && cases[c].slice(colon + 1).split(' or ').some(function (all) {
        return all.split(' and ').every(function (relation) { return holds(relation.trim(), n); });
      })) { return cases[c].slice(0, colon).trim(); }
    }
    return 'other';
  }
  function holds(relation, n) {
    var m = /^([a-z])\s*(?:%\s*(\d+))?\s*(!?=)\s*(.+)$/.exec(relation);
    if (!m) { return false; }
    var value = m[1] === 'n' || m[1] === 'i' ? n : 0;
    if (m[2]) { value = value % Number(m[2]); }
    var any = m[4].split(',').some(function (range) {
      var ends = range.trim().split('..');
      return value >= Number(ends[0]) && value <= Number(ends[ends.length - 1]);
    });
    return any !== (m[3] === '!=');
  }
  window.editionPlural = function (el, n, values) {
    var forms = JSON.parse(el.getAttribute('data-forms') || '{}');
    var text = forms[pluralCategory(el.getAttribute('data-plural-rule'), Math.abs(n))] || forms.other || '';
    return text.replace(/\{(\d+)\}/g, function (all, i) { return String(values[Number(i)]); });
  };

  document.addEventListener('DOMContentLoaded', function () {
    restoreSwitches();
    counterparts();
    notes();
    documentList();
    hiddenTargets();
  });
}());
