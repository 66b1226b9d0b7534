// Offline search over the prebuilt index (assets/search-index.js sets window.EDITION_SEARCH).
// fold() mirrors Edition.Rendering.Search.SearchText.Fold exactly; the transliteration table comes from the index.
(function () {
  'use strict';
  var index = window.EDITION_SEARCH;
  var mark = /\p{Mn}/u, word = /[\p{L}\p{Nd}]/u;

  function foldChar(ch) {
    var out = '';
    ch.toLowerCase().normalize('NFD').split('').forEach(function (c) {
      if (!mark.test(c)) { out += word.test(c) ? c : ' '; }
    });
    return out;
  }
  function fold(s) {
    var out = '', space = true;
    s.toLowerCase().normalize('NFD').split('').forEach(function (c) {
      if (mark.test(c)) { return; }
      if (word.test(c)) { out += c; space = false; } else if (!space) { out += ' '; space = true; }
    });
    return out.replace(/ +$/, '').normalize('NFC');
  }
  function latin(s) {
    var out = '';
    for (var i = 0; i < s.length; i++) { var t = index.translit[s[i]]; out += t === undefined ? s[i] : t; }
    return out;
  }

  // Where the first query word occurs in the display text, found on a char-by-char folding (same length).
  function highlight(text, words, li) {
    var folded = '', map = [];
    for (var i = 0; i < text.length; i++) {
      var f = foldChar(text[i]);
      for (var k = 0; k < f.length; k++) { folded += f[k]; map.push(i); }
    }
    var at = -1, w = '';
    for (var j = 0; j < words.length && at < 0; j++) { w = words[j]; at = folded.indexOf(w); }
    var start = at < 0 ? 0 : map[at], end = at < 0 ? 0 : map[at + w.length - 1] + 1;
    var from = Math.max(0, start - 80), to = Math.min(text.length, Math.max(end + 120, from + 200));
    li.appendChild(document.createTextNode((from > 0 ? '…' : '') + text.slice(from, start)));
    if (end > start) {
      var m = document.createElement('mark');
      m.textContent = text.slice(start, end);
      li.appendChild(m);
    }
    li.appendChild(document.createTextNode(text.slice(Math.max(end, start), to) + (to < text.length ? '…' : '')));
  }

  function search(q) {
    var words = fold(q).split(' ').filter(Boolean);
    if (!words.length) { return []; }
    var latins = words.map(latin);
    return index.entries.filter(function (e) {
      var l = e[5] || e[4];
      return words.every(function (w, i) { return e[4].indexOf(w) >= 0 || l.indexOf(latins[i]) >= 0; });
    }).map(function (e) { return { entry: e, words: words }; });
  }

  function show(q) {
    var list = document.getElementById('search-results');
    var status = document.getElementById('search-status');
    var base = list.getAttribute('data-base') || '';
    while (list.firstChild) { list.removeChild(list.firstChild); }
    var hits = search(q);
    status.textContent = q ? (hits.length ? window.editionPlural(status, hits.length, [hits.length]) : status.getAttribute('data-none')) : '';
    hits.slice(0, 300).forEach(function (hit) {
      var e = hit.entry, doc = index.docs[e[0]];
      var li = document.createElement('li');
      li.lang = e[2];
      var a = document.createElement('a');
      a.href = base + 'documents/' + encodeURIComponent(doc[0]) + '.html#' + encodeURIComponent(e[1]);
      a.className = 'search-hit';
      a.textContent = doc[1] + (doc[2] ? ' (' + doc[2] + ')' : '');
      var p = document.createElement('p');
      highlight(e[3], hit.words, p);
      li.appendChild(a);
      li.appendChild(p);
      list.appendChild(li);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('form.search-form');
    var input = document.getElementById('q');
    if (!form || !input || !index) { return; }
    var q = new URLSearchParams(window.location.search).get('q');
    if (q) { input.value = q; show(q); }
    form.addEventListener('submit', function (ev) { ev.preventDefault(); show(input.value); });
    var timer = null;
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { show(input.value); }, 150); });
  });
}());
