// The synoptic view: two to four texts side by side, row by row. Every text's cells are in the page already; this
// script only shows, hides and orders them (CSS order), and for a witness reconstructed from the apparatus shows a
// copy of its text's cells with that witness's readings (written hidden beside each lemma) in place of the lemmas.
// The choice is the URL's ?cols=a,b,c, so a view can be cited, is restored on load and follows back and forward.
(function () {
  'use strict';
  var form = document.querySelector('.synoptic-switch');
  var grid = document.querySelector('.parallel');
  if (!form || !grid) { return; }
  var selects = Array.prototype.slice.call(form.querySelectorAll('select.syn-col'));
  var sources = {};
  Array.prototype.forEach.call(selects[0].options, function (o) {
    sources[o.value] = { cell: o.getAttribute('data-cell'), wit: o.getAttribute('data-wit'), label: o.textContent };
  });
  var defaults = selects.map(function (s) { return s.value; }).filter(Boolean);

  // The tokens the URL names that the page has, once each, at most as many as there are columns.
  function fromUrl() {
    var named = (new URLSearchParams(window.location.search).get('cols') || '').split(',');
    var seen = {};
    var tokens = named.filter(function (t) {
      var ok = Object.prototype.hasOwnProperty.call(sources, t) && !seen[t];
      seen[t] = true;
      return ok;
    }).slice(0, selects.length);
    return tokens.length >= 2 ? tokens : defaults;
  }

  function fromSelects() {
    var seen = {};
    return selects.map(function (s) { return s.value; }).filter(function (t) {
      var ok = t && !seen[t];
      seen[t] = true;
      return ok;
    });
  }

  // A copy of a cell that is a witness's view: no ids (they stay the text's), its readings shown for the lemmas.
  function witnessCell(cell, wit, label, head) {
    var copy = cell.cloneNode(true);
    copy.className = 'cell cell-wit syn-copy' + (cell.classList.contains('empty') ? ' empty' : '');
    [copy].concat(Array.prototype.slice.call(copy.querySelectorAll('[id]'))).forEach(function (el) { el.removeAttribute('id'); });
    if (head) { copy.textContent = label; return copy; }
    copy.querySelectorAll('.rdg-in').forEach(function (rdg) {
      if ((' ' + rdg.getAttribute('data-wit') + ' ').indexOf(' ' + wit + ' ') < 0) { return; }
      var lem = rdg.previousElementSibling;
      while (lem && !lem.classList.contains('lem')) { lem = lem.previousElementSibling; }
      if (lem) { lem.hidden = true; }
      rdg.hidden = false;
      rdg.classList.add('variant');
      rdg.title = wit;
    });
    return copy;
  }

  function show(tokens) {
    grid.querySelectorAll('.syn-copy').forEach(function (c) { c.parentNode.removeChild(c); });
    grid.querySelectorAll('.row').forEach(function (row) {
      var head = row.classList.contains('row-head');
      row.querySelectorAll(':scope > .cell').forEach(function (c) { c.classList.add('syn-off'); c.style.order = ''; });
      var shown = 0;
      tokens.forEach(function (token, position) {
        var source = sources[token];
        var cell = row.querySelector(':scope > .cell-' + source.cell);
        if (!cell) { return; }
        if (source.wit) { cell = row.appendChild(witnessCell(cell, source.wit, source.label, head)); }
        cell.classList.remove('syn-off');
        cell.style.order = String(position);
        if (!cell.classList.contains('empty')) { shown++; }
      });
      row.classList.toggle('syn-empty', !head && shown === 0);
    });
    grid.style.setProperty('--cols', String(tokens.length));
    selects.forEach(function (s, i) { s.value = tokens[i] || ''; });
  }

  function choose(changed) {
    var previous = changed.getAttribute('data-previous');
    selects.forEach(function (s) {
      if (s !== changed && s.value === changed.value && changed.value) { s.value = previous || ''; } // a text chosen twice: swap
    });
    var tokens = fromSelects();
    if (tokens.length < 2) { tokens = fromUrl(); }
    var params = new URLSearchParams(window.location.search);
    params.set('cols', tokens.join(','));
    window.history.pushState({ cols: tokens }, '', '?' + params.toString() + window.location.hash);
    show(tokens);
    remember();
  }

  function remember() { selects.forEach(function (s) { s.setAttribute('data-previous', s.value); }); }

  form.hidden = false;
  grid.classList.add('synoptic');
  show(fromUrl());
  remember();
  selects.forEach(function (s) { s.addEventListener('change', function () { choose(s); }); });
  window.addEventListener('popstate', function () { show(fromUrl()); remember(); });
})();
