// Offline search over the fragmented index in assets/search/ (see Edition.Rendering.Search.SearchIndexBuilder).
// Each fragment is a script calling EDITION_SEARCH (file:// allows scripts, not fetch); a query loads index.js once,
// then only the term shards its words need and the documents of the results it shows. fold() and terms() mirror
// Edition.Rendering.Search.SearchText exactly; the tables come from the index.
(function () {
  'use strict';
  var PAGE = 10, PASSAGES = 3, WIDER_PREFIX = 3, PAUSE = 120;
  var mark = /\p{Mn}/u, letter = /[\p{L}\p{Nd}]/u, token = /[\p{L}\p{Mn}\p{Nd}]+/gu;
  var root = '', meta = null, values = {}, loads = {};

  window.EDITION_SEARCH = {
    meta: function (m) { values.meta = m; },
    shard: function (key, terms) { values['t:' + key] = terms; },
    document: function (n, head, passages) { values['d:' + n] = { n: n, id: head[0], title: head[1], date: head[2], passages: passages }; },
    facet: function (name, list) { values['f:' + name] = list; }
  };

  // A fragment, loaded once by a script tag; null when it cannot be loaded.
  function load(id, path) {
    if (!loads[id]) {
      loads[id] = new Promise(function (resolve) {
        var s = document.createElement('script');
        s.src = root + 'assets/search/' + path;
        s.onload = function () { resolve(values[id] || null); };
        s.onerror = function () { resolve(null); };
        document.head.appendChild(s);
      });
    }
    return loads[id];
  }

  function fold(s, umlauts) {
    var lower = s.toLowerCase(), pre = '', out = '', space = true;
    if (umlauts) { lower = lower.normalize('NFC').replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'); }
    lower.split('').forEach(function (c) { var l = meta.letters[c]; pre += l === undefined ? c : l; });
    pre.normalize('NFD').split('').forEach(function (c) {
      if (mark.test(c)) { return; }
      if (letter.test(c)) { out += c; space = false; } else if (!space) { out += ' '; space = true; }
    });
    return out.replace(/ +$/, '').normalize('NFC');
  }
  function words(s, umlauts) { return fold(s, umlauts).split(' ').filter(Boolean); }

  function spell(w, table) {
    var out = '';
    for (var i = 0; i < w.length; i++) {
      var two = i + 1 < w.length ? table[w.substr(i, 2)] : undefined, one = table[w[i]];
      if (two !== undefined) { out += two; i++; } else { out += one === undefined ? w[i] : one; }
    }
    return out;
  }
  function hasAny(w, table) {
    for (var i = 0; i < w.length; i++) { if (w.charCodeAt(i) >= 0x370 && table[w[i]] !== undefined) { return true; } }
    return false;
  }
  function skeleton(latin) {
    var out = '';
    latin.split('').forEach(function (ch) {
      var c = ch === 'v' ? 'b' : ch === 'f' ? 'p' : ch;
      if ('aeiouyw'.indexOf(c) < 0 && out[out.length - 1] !== c) { out += c; }
    });
    return out;
  }
  // What a folded word is indexed under: itself, its Latin spelling, an Arabic or Hebrew word's consonants.
  function terms(w) {
    var t = [w];
    if (hasAny(w, meta.alphabetic)) { var l = spell(w, meta.alphabetic); if (l !== w) { t.push(l); } }
    if (hasAny(w, meta.abjad)) { var k = skeleton(spell(w, meta.abjad)); if (k) { t.push('~' + k); } }
    return t;
  }
  function textTerms(text) {
    var set = {}, umlauted = /[äöüÄÖÜ\u0308]/.test(text);
    words(text).forEach(function (w) { terms(w).forEach(function (t) { set[t] = true; }); });
    if (umlauted) { words(text, true).forEach(function (w) { set[w] = true; }); }
    return set;
  }

  // Each query word's spellings to look up: itself and its terms, its umlauts as ae/oe/ue, a Latin word's consonants.
  function queryWords(q) {
    var plain = words(q), umlauted = words(q, true);
    return plain.map(function (w, i) {
      var alts = {};
      terms(w).forEach(function (t) { alts[t] = true; });
      if (umlauted.length === plain.length) { alts[umlauted[i]] = true; }
      if (/^[a-z]+$/.test(w) && skeleton(w).length >= 2) { alts['~' + skeleton(w)] = true; }
      return Object.keys(alts);
    });
  }
  function isPrefix(alt) { return alt.replace(/^~/, '').length >= 3; }

  // The shards a spelling is in: the longest key it starts with, and, for a prefix, the few keys under it.
  function shardKeys(alt) {
    var best = '', under = [];
    meta.keys.forEach(function (k) {
      if (alt.lastIndexOf(k, 0) === 0 && k.length > best.length) { best = k; }
      if (k.length > alt.length && k.lastIndexOf(alt, 0) === 0) { under.push(k); }
    });
    return (best ? [best] : []).concat(isPrefix(alt) && under.length <= WIDER_PREFIX ? under : []);
  }
  function fileOf(key) {
    var name = '';
    for (var i = 0; i < key.length; i++) { name += ('000' + key.charCodeAt(i).toString(16)).slice(-4); }
    return 't/' + name + '.js';
  }
  function undelta(list) { var out = [], n = 0; list.forEach(function (d) { n += d; out.push(n); }); return out; }

  // The documents holding every word, and, per word, the terms that matched it (to find and mark its passages).
  function lookUp(query) {
    var alternatives = queryWords(query), keys = {};
    alternatives.forEach(function (alts) { alts.forEach(function (a) { shardKeys(a).forEach(function (k) { keys[k] = true; }); }); });
    var names = Object.keys(keys);
    return Promise.all(names.map(function (k) { return load('t:' + k, fileOf(k)); })).then(function (shards) {
      var matched = alternatives.map(function () { return {}; }), hits = null;
      alternatives.forEach(function (alts, i) {
        var lists = [];
        shards.forEach(function (shard) {
          if (!shard) { return; }
          Object.keys(shard).forEach(function (term) {
            if (!matched[i][term] && alts.some(function (a) { return term === a || (isPrefix(a) && term.lastIndexOf(a, 0) === 0); })) {
              matched[i][term] = true;
              lists.push(undelta(shard[term]));
            }
          });
        });
        var found = union(lists);
        hits = hits === null ? found : hits.filter(function (d) { return found.has(d); });
      });
      return { hits: hits === null ? [] : Array.from(hits), matched: matched };
    });
  }
  // The documents in any of the lists, ascending (each list is); a lone list is taken as it is.
  function union(lists) {
    if (lists.length === 1) { return sortedSet(lists[0]); }
    var set = new Set();
    lists.forEach(function (l) { l.forEach(function (d) { set.add(d); }); });
    return sortedSet(Array.from(set).sort(function (a, b) { return a - b; }));
  }
  // An ascending array of document numbers that also answers has() (the intersection of a query's words).
  function sortedSet(list) {
    var set = null;
    list.has = function (d) { if (!set) { set = new Set(list); } return set.has(d); };
    return list;
  }

  // The passages to show: those holding every word, else those holding any, in the document's order.
  function passages(doc, matched) {
    var scored = doc.passages.map(function (p) {
      var set = textTerms(p[2]);
      var count = matched.filter(function (m) { return Object.keys(m).some(function (t) { return set[t]; }); }).length;
      return { p: p, count: count };
    }).filter(function (s) { return s.count > 0; });
    var all = scored.filter(function (s) { return s.count === matched.length; });
    return (all.length ? all : scored).slice(0, PASSAGES).map(function (s) { return s.p; });
  }

  // The passage around its first matching word, every matching word in it marked.
  function excerpt(text, matched, into) {
    var spans = [], m;
    token.lastIndex = 0;
    while ((m = token.exec(text)) !== null) {
      var set = textTerms(m[0]);
      if (matched.some(function (ts) { return Object.keys(ts).some(function (t) { return set[t]; }); })) { spans.push([m.index, m.index + m[0].length]); }
    }
    var start = spans.length ? spans[0][0] : 0, end = spans.length ? spans[0][1] : 0;
    var from = Math.max(0, start - 80), to = Math.min(text.length, Math.max(end + 120, from + 200)), at = from;
    into.appendChild(document.createTextNode(from > 0 ? '…' : ''));
    spans.filter(function (s) { return s[0] >= from && s[1] <= to; }).forEach(function (s) {
      into.appendChild(document.createTextNode(text.slice(at, s[0])));
      var mk = document.createElement('mark');
      mk.textContent = text.slice(s[0], s[1]);
      into.appendChild(mk);
      at = s[1];
    });
    into.appendChild(document.createTextNode(text.slice(at, to) + (to < text.length ? '…' : '')));
  }

  window.EditionSearch = { fold: fold, terms: terms, skeleton: skeleton, queryWords: function (q) { return queryWords(q); } };

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('form.search-form');
    var input = document.getElementById('q');
    var list = document.getElementById('search-results');
    if (!form || !input || !list) { return; }
    root = list.getAttribute('data-root') || '';
    var ui = new SearchPage(list, input);
    load('meta', 'index.js').then(function (m) {
      meta = m;
      if (!meta) { return; }
      var q = new URLSearchParams(window.location.search).get('q');
      if (q) { input.value = q; ui.search(q); }
      form.addEventListener('submit', function (ev) { ev.preventDefault(); ui.search(input.value); });
      // The first keystroke after a pause searches at once; while the reader types on, the search waits for a pause.
      var timer = null, last = 0;
      input.addEventListener('input', function () {
        var now = Date.now(), typing = now - last < PAUSE;
        last = now;
        clearTimeout(timer);
        if (typing) { timer = setTimeout(function () { ui.search(input.value); }, PAUSE); } else { ui.search(input.value); }
      });
    });
  });

  // The results list, its status line, "more results" and the filters (facets, loaded when a reader opens them).
  function SearchPage(list, input) {
    var status = document.getElementById('search-status');
    var more = document.getElementById('search-more');
    var filters = document.getElementById('search-filters');
    var base = list.getAttribute('data-base') || '';
    var run = 0, found = null, shown = 0, chosen = {};
    var self = this;

    this.search = function (q) {
      var mine = ++run;
      if (!words(q).length) { found = null; render(); return; }
      lookUp(q).then(function (r) { if (mine === run) { found = r; chosen = {}; render(); } });
    };

    function filtered() {
      var names = Object.keys(chosen).filter(function (f) { return Object.keys(chosen[f]).length; });
      if (!names.length) { return Promise.resolve(found.hits); }
      return Promise.all(names.map(function (f) { return load('f:' + f, 'f/' + f + '.js'); })).then(function (lists) {
        return found.hits.filter(function (d) {
          return lists.every(function (l, i) { return (l || []).some(function (v) { return chosen[names[i]][v[0]] && undelta(v[1]).indexOf(d) >= 0; }); });
        });
      });
    }

    function render() {
      while (list.firstChild) { list.removeChild(list.firstChild); }
      shown = 0;
      more.hidden = true;
      if (!found) { status.textContent = ''; filters.hidden = true; return; }
      filtered().then(function (hits) {
        status.textContent = hits.length ? window.editionPlural(status, hits.length, [hits.length]) : status.getAttribute('data-none');
        filters.hidden = !found.hits.length || !meta.facets.length;
        if (filters.open) { showFacets(); }
        showMore(hits);
        more.onclick = function () { showMore(hits); };
      });
    }

    function showMore(hits) {
      var mine = run, page = hits.slice(shown, shown + PAGE);
      shown += page.length;
      more.hidden = shown >= hits.length;
      // Each result shows as soon as it and those before it have loaded: the first does not wait for the tenth.
      var loaded = [], next = 0;
      page.forEach(function (n, i) {
        load('d:' + n, 'd/' + n + '.js').then(function (doc) {
          loaded[i] = { doc: doc };
          for (; mine === run && next < page.length && loaded[next]; next++) {
            if (loaded[next].doc) { list.appendChild(result(loaded[next].doc)); }
          }
        });
      });
    }

    function result(doc) {
      var li = document.createElement('li');
      var ps = passages(doc, found.matched);
      var href = base + 'documents/' + encodeURIComponent(doc.id) + '.html';
      var a = document.createElement('a');
      a.href = href + (ps.length ? '#' + encodeURIComponent(ps[0][0]) : '');
      a.className = 'search-title';
      a.textContent = doc.title + (doc.date ? ' (' + doc.date + ')' : '');
      li.appendChild(a);
      ps.forEach(function (p) { li.appendChild(passage(href, p)); });
      return li;
    }

    // A passage links to its segment (or note, or apparatus entry), saying which of these it is.
    function passage(href, p) {
      var el = document.createElement('p'), a = document.createElement('a');
      el.className = 'search-passage';
      if (p[1]) { el.lang = p[1]; }
      a.className = 'search-hit';
      a.href = href + '#' + encodeURIComponent(p[0]);
      if (p[3]) {
        var label = document.createElement('span');
        label.className = 'search-kind search-kind-' + p[3];
        label.textContent = list.getAttribute(p[3] === 'note' ? 'data-in-note' : 'data-in-reading');
        a.appendChild(label);
        a.appendChild(document.createTextNode(' '));
      }
      excerpt(p[2], found.matched, a);
      el.appendChild(a);
      return el;
    }

    filters.addEventListener('toggle', function () { if (filters.open && found) { showFacets(); } });

    // Each facet's values among the results, counted by intersecting the value's documents with the hits.
    function showFacets() {
      var box = filters.querySelector('.search-facets');
      var hitSet = {};
      found.hits.forEach(function (d) { hitSet[d] = true; });
      Promise.all(meta.facets.map(function (f) { return load('f:' + f, 'f/' + f + '.js'); })).then(function (lists) {
        while (box.firstChild) { box.removeChild(box.firstChild); }
        lists.forEach(function (l, i) { if (l) { box.appendChild(facet(meta.facets[i], l, hitSet)); } });
      });
    }

    function facet(name, list, hitSet) {
      var counted = list.map(function (v) { return [v[0], undelta(v[1]).filter(function (d) { return hitSet[d]; }).length]; })
        .filter(function (v) { return v[1] > 0; }).sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); }).slice(0, 30);
      var set = document.createElement('fieldset');
      var legend = document.createElement('legend');
      legend.textContent = filters.getAttribute('data-' + name) || name;
      set.appendChild(legend);
      counted.forEach(function (v) {
        var label = document.createElement('label'), box = document.createElement('input');
        box.type = 'checkbox';
        box.checked = !!(chosen[name] && chosen[name][v[0]]);
        box.addEventListener('change', function () {
          chosen[name] = chosen[name] || {};
          if (box.checked) { chosen[name][v[0]] = true; } else { delete chosen[name][v[0]]; }
          render();
        });
        label.appendChild(box);
        label.appendChild(document.createTextNode(' ' + v[0] + ' (' + v[1] + ')'));
        set.appendChild(label);
      });
      return set;
    }
    return self;
  }
}());
