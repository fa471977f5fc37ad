// chronograph report: links the timeline, the network, the evidence panel and
// the tables. Every string from the corpus is untrusted: it arrives through
// JSON.parse and reaches the DOM only as text (textContent, createTextNode,
// or a DOM tooltip), never as HTML.
//
// The page is built from three parts, so that the static report and the
// page `chronograph serve` delivers run the same code:
//   - a source: the one data-access layer (counts of a date window, lanes,
//     evidence, table pages). The static source reads the JSON model embedded
//     in the page; a served page supplies another with the same methods
//     (window.chronographSource), whose answers may be promises.
//   - one state object (window, selection, search, filters, view), changed
//     only through apply(), the one place that redraws what depends on it;
//   - the views (timeline, network, evidence, tables), which read the state
//     and the source and nothing else.
(function () {
  'use strict';

  var DAY = 86400000;
  var ACCENT = '#d62728';
  var PAGE_SIZE = 50;
  var MAX_EVIDENCE = 200;
  var MAX_NODES = 500;   // drawn at most, whatever --top asks: the rest is in the tables
  var EGO_MAX = 40;      // neighbours drawn, each labelled, around a selected entity
  var EGO_RING = 170;    // px, radius of the neighbours' ring

  var scriptStart = performance.now();
  var data = JSON.parse(document.getElementById('chronograph-data').textContent);
  var parsed = performance.now();
  var dark = data.theme === 'dark';
  var background = dark ? '#16181d' : '#ffffff';
  var ents = data.ents, events = data.events, docs = data.docs || [], edges = data.edges || [];

  // ---- small helpers (text only) ----
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = String(text);
    return e;
  }
  function byId(id) { return document.getElementById(id); }
  function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function truncate(s, n) { return s.length > n ? s.slice(0, n - 1) + '…' : s; }
  // thousands writes a whole number with thousands separators (12,345) without
  // toLocaleString, whose first call loads the locale data: 15 ms of the
  // page's start.
  function thousands(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
  function plural(n, one, many) { return thousands(n) + ' ' + (n === 1 ? one : (many || one + 's')); }
  function debounce(fn, ms) {
    var t = null;
    return function () { var a = arguments; clearTimeout(t); t = setTimeout(function () { fn.apply(null, a); }, ms); };
  }
  // when calls fn with v, or with what v resolves to when it is a promise,
  // so that a view works over a local source and a remote one alike.
  function when(v, fn) { return v && typeof v.then === 'function' ? v.then(fn) : fn(v); }
  function safeHref(u) { return /^https?:\/\//i.test(u || '') ? u : null; }
  function button(text, cls, onClick) {
    var b = el('button', cls || null, text);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }

  // ---- corrections kept in the browser ----
  // A correction names entities by id, which is stable across runs, and is
  // kept in localStorage under the corpus's key. They change what the page
  // shows (names, merged counts, dropped entities, sources apart) and are
  // downloaded as an aliases file that `chronograph report --aliases` reads.
  var storeKey = 'chronograph:corrections:' + (data.key || '');
  var corrections = [];
  try { corrections = JSON.parse(localStorage.getItem(storeKey) || '[]') || []; } catch (e) { corrections = []; }
  var entById = new Map();
  ents.forEach(function (e, i) { entById.set(e.id, i); });

  // The effect of the corrections on the entities: canon maps an entity to
  // the one it is merged into (-1: dropped), names holds renames, roles the
  // entities marked as sources.
  var fix = { canon: null, names: new Map(), sources: new Set(), splits: new Map() };
  function applyCorrections() {
    var canon = new Int32Array(ents.length);
    for (var i = 0; i < ents.length; i++) canon[i] = i;
    fix.names = new Map(); fix.sources = new Set(); fix.splits = new Map();
    var root = function (i) { while (canon[i] >= 0 && canon[i] !== i) i = canon[i]; return i; };
    corrections.forEach(function (c) {
      var a = entById.get(c.ent);
      if (a == null) return;
      switch (c.op) {
        case 'rename': fix.names.set(a, c.name); break;
        case 'drop': canon[a] = -1; break;
        case 'source': fix.sources.add(a); break;
        case 'split':
          if (!fix.splits.has(a)) fix.splits.set(a, []);
          fix.splits.get(a).push(c.alias);
          break;
        case 'merge':
          var b = entById.get(c.into);
          if (b != null && root(b) >= 0 && root(b) !== a) canon[a] = root(b);
          break;
      }
    });
    for (var k = 0; k < canon.length; k++) canon[k] = canon[k] < 0 ? -1 : root(k);
    fix.canon = canon;
  }
  function saveCorrections() {
    try { localStorage.setItem(storeKey, JSON.stringify(corrections)); } catch (e) { /* private mode: kept for this visit */ }
  }
  function nameOf(i) { return fix.names.has(i) ? fix.names.get(i) : ents[i].name; }
  // A source: marked so by the reader, or an outlet the articles cite (role).
  function isSource(i) { return fix.sources.has(i) || ents[i].role === 'source'; }
  applyCorrections();

  // aliasesFile writes the corrections in the format of --aliases:
  //   canonical<TAB>TYPE<TAB>alias|alias|…, drop<TAB>surface, source<TAB>surface.
  function aliasesFile() {
    var ok = function (s) { return s && !/[\t\r\n|]/.test(s) && s.trim() === s; };
    var surfaces = function (i) { return [ents[i].name].concat(ents[i].aliases || []).filter(ok); };
    var lines = ['# chronograph aliases: corrections made in the report "' + data.title.replace(/[\r\n]/g, ' ') + '"',
      '# Use: chronograph report --aliases aliases.tsv INPUT...'];
    var groups = new Map(); // canonical entity -> merged entities
    var touched = new Set();
    corrections.forEach(function (c) {
      var a = entById.get(c.ent);
      if (a != null && (c.op === 'rename' || c.op === 'merge' || c.op === 'split')) touched.add(a);
      if (c.op === 'merge' && entById.get(c.into) != null) touched.add(entById.get(c.into));
    });
    touched.forEach(function (i) {
      var r = fix.canon[i];
      if (r < 0) return;
      if (!groups.has(r)) groups.set(r, new Set([r]));
      groups.get(r).add(i);
    });
    for (var k = 0; k < ents.length; k++) if (fix.canon[k] >= 0 && groups.has(fix.canon[k])) groups.get(fix.canon[k]).add(k);
    var split = new Set();
    fix.splits.forEach(function (list, i) {
      list.forEach(function (s) {
        if (!ok(s) || split.has(s)) return;
        split.add(s);
        lines.push(s + '\t' + data.types[ents[i].type] + '\t');
      });
    });
    groups.forEach(function (members, r) {
      var name = nameOf(r);
      if (!ok(name)) return;
      var seen = new Set([name]), aliases = [];
      members.forEach(function (i) {
        surfaces(i).forEach(function (s) { if (!seen.has(s) && !split.has(s)) { seen.add(s); aliases.push(s); } });
      });
      lines.push(name + '\t' + data.types[ents[r].type] + '\t' + aliases.join('|'));
    });
    for (var d = 0; d < ents.length; d++) {
      if (fix.canon[d] === -1) surfaces(d).forEach(function (s) { lines.push('drop\t' + s); });
    }
    fix.sources.forEach(function (i) { surfaces(i).forEach(function (s) { lines.push('source\t' + s); }); });
    return lines.join('\n') + '\n';
  }

  // ---- the static source: the data-access layer over the embedded model ----
  // inRange: an event is in a window when its span overlaps it and is no
  // longer than it: a month-level event belongs to a window of a month or
  // more, not to every day of its month.
  function inRange(ev, r) {
    if (!r) return true;
    if (!ev.t1) return false;
    return ev.t0 < r[1] && ev.t1 > r[0] && ev.t1 - ev.t0 <= Math.max(r[1] - r[0], DAY);
  }

  function staticSource() {
    var evEnts = null; // each event's entities through the corrections
    var memo = new Map();
    function entsOf(k) { return evEnts[k]; }
    function refresh() {
      evEnts = events.map(function (ev) {
        var out = [];
        for (var j = 0; j < ev.ents.length; j++) {
          var c = fix.canon[ev.ents[j]];
          if (c >= 0 && out.indexOf(c) < 0) out.push(c);
        }
        return out;
      });
      memo = new Map();
    }
    refresh();
    function pairKey(a, b) { return a < b ? a * ents.length + b : b * ents.length + a; }
    function rangeKey(r) { return r ? r[0] + ':' + r[1] : 'all'; }

    // counts: per entity, its weight in the window (mentions over all dates,
    // events in a window) and its events in the window; per pair, the
    // sentences naming both.
    function counts(r) {
      var key = rangeKey(r);
      if (memo.has(key)) return memo.get(key);
      var node = new Float64Array(ents.length), evs = new Int32Array(ents.length), pairs = new Map(), total = 0, inWin = 0;
      events.forEach(function (ev, k) {
        if (!inRange(ev, r)) return;
        inWin++;
        var es = entsOf(k);
        for (var i = 0; i < es.length; i++) evs[es[i]]++;
      });
      if (!r) {
        ents.forEach(function (e, i) { var c = fix.canon[i]; if (c >= 0) { node[c] += e.mentions; total += e.mentions; } });
        edges.forEach(function (e) {
          var a = fix.canon[e.a], b = fix.canon[e.b];
          if (a < 0 || b < 0 || a === b) return;
          var k = pairKey(a, b);
          pairs.set(k, (pairs.get(k) || 0) + e.w);
        });
      } else {
        events.forEach(function (ev, k) {
          if (!inRange(ev, r)) return;
          total++;
          var es = entsOf(k);
          if (es.length > 30) es = es.slice(0, 30);
          for (var i = 0; i < es.length; i++) {
            node[es[i]]++;
            for (var j = i + 1; j < es.length; j++) {
              var pk = pairKey(es[i], es[j]);
              pairs.set(pk, (pairs.get(pk) || 0) + 1);
            }
          }
        });
      }
      var out = { node: node, events: evs, pairs: pairs, total: total, inWindow: inWin, n: ents.length };
      memo.set(key, out);
      return out;
    }

    // lanes ranks the entities kept by keep by their events in the window
    // and groups every placeable event into lane items: the events of a lane
    // that share a span, drawn as one mark with their count. With bin (ms),
    // day-dated events are grouped by bins of that length (from a Monday),
    // for a window too long to tell days apart; an item of a bin says so.
    function lanes(r, n, keep, bin) {
      var cnt = counts(r);
      var cand = [];
      for (var i = 0; i < ents.length; i++) if (cnt.events[i] > 0 && keep(i)) cand.push(i);
      cand.sort(function (a, b) { return cnt.events[b] - cnt.events[a] || ents[b].mentions - ents[a].mentions || a - b; });
      var top = cand.slice(0, n);
      var laneOf = new Map();
      top.forEach(function (e, l) { laneOf.set(e, l); });
      var groups = new Map(), other = false;
      var monday = Date.UTC(1970, 0, 5);
      var add = function (l, t0, t1, binned, k) {
        var gk = l + ':' + t0 + ':' + t1;
        if (!groups.has(gk)) groups.set(gk, { lane: l, t0: t0, t1: t1, bin: binned, events: [], reports: 0 });
        groups.get(gk).events.push(k);
        groups.get(gk).reports += events[k].n || 1;
      };
      events.forEach(function (ev, k) {
        if (!ev.t1) return;
        var t0 = ev.t0, t1 = ev.t1, binned = false;
        if (bin > DAY && t1 - t0 === DAY) {
          t0 = monday + Math.floor((t0 - monday) / bin) * bin;
          t1 = t0 + bin;
          binned = true;
        }
        var es = entsOf(k), placed = false;
        for (var j = 0; j < es.length; j++) {
          var l = laneOf.get(es[j]);
          if (l == null) continue;
          add(l, t0, t1, binned, k);
          placed = true;
        }
        if (!placed) { add(top.length, t0, t1, binned, k); other = true; }
      });
      var items = Array.from(groups.values());
      // Coarse spans first, so that day marks are drawn over them.
      items.sort(function (a, b) { return a.lane - b.lane || (b.t1 - b.t0) - (a.t1 - a.t0) || a.t0 - b.t0; });
      var laneEnts = top.slice();
      if (other) laneEnts.push(-1);
      return { lanes: laneEnts, items: items };
    }

    function byDate(a, b) {
      var x = events[a], y = events[b];
      return (x.t0 || Infinity) - (y.t0 || Infinity) || (x.date < y.date ? -1 : x.date > y.date ? 1 : a - b);
    }
    // relevance: events reported by more documents first, then those naming
    // fewer other entities (about this one rather than a list), then by date.
    function byRelevance(a, b) {
      return (events[b].src || []).length - (events[a].src || []).length || entsOf(a).length - entsOf(b).length || byDate(a, b);
    }

    // evidence lists the events naming every entity of want, in the window
    // and over all dates, sorted; for an edge, also its undated sentences.
    function evidence(want, r, sort) {
      var inWin = [], all = 0;
      events.forEach(function (ev, k) {
        var es = entsOf(k);
        for (var j = 0; j < want.length; j++) if (es.indexOf(want[j]) < 0) return;
        all++;
        if (inRange(ev, r)) inWin.push(k);
      });
      inWin.sort(sort === 'relevance' ? byRelevance : byDate);
      var undated = [];
      if (want.length === 2) {
        edges.forEach(function (e) {
          var a = fix.canon[e.a], b = fix.canon[e.b];
          if (!((a === want[0] && b === want[1]) || (a === want[1] && b === want[0]))) return;
          (e.ev || []).forEach(function (x) { if (x.e < 0) undated.push(x); });
        });
      }
      return { events: inWin, all: all, undated: undated };
    }

    // entityRows pages the entities that pass q's filters, sorted.
    function entityRows(q) {
      var cnt = counts(q.range);
      var text = (q.text || '').toLowerCase();
      var rows = [];
      for (var i = 0; i < ents.length; i++) {
        if (fix.canon[i] !== i) continue;
        var e = ents[i];
        if (q.type != null && q.type !== '' && e.type !== +q.type) continue;
        if (q.lang && (e.langs || []).indexOf(q.lang) < 0) continue;
        if (q.role === 'actor' && isSource(i)) continue;
        if (q.role === 'source' && !isSource(i)) continue;
        if (q.range && cnt.events[i] === 0) continue;
        if (text && nameOf(i).toLowerCase().indexOf(text) < 0 && !(e.aliases || []).some(function (a) { return a.toLowerCase().indexOf(text) >= 0; })) continue;
        rows.push(i);
      }
      var col = q.sort || 'mentions', dir = q.dir || -1;
      var val = {
        name: function (i) { return nameOf(i).toLowerCase(); },
        type: function (i) { return data.types[ents[i].type]; },
        mentions: function (i) { return ents[i].mentions; },
        events: function (i) { return cnt.events[i]; },
        first: function (i) { return ents[i].first || ''; },
        last: function (i) { return ents[i].last || ''; }
      }[col] || function (i) { return ents[i].mentions; };
      rows.sort(function (a, b) { var x = val(a), y = val(b); return (x < y ? -1 : x > y ? 1 : 0) * dir || a - b; });
      return { total: rows.length, all: ents.length, rows: rows.slice(q.offset, q.offset + q.limit), events: cnt.events };
    }

    var hay = null;
    // eventRows pages the events that pass q's filters, sorted.
    function eventRows(q) {
      var text = (q.text || '').toLowerCase();
      if (text && !hay) {
        hay = events.map(function (ev) {
          var d = docs[(ev.src || [])[0]];
          return (ev.date + '\u0000' + ev.text + '\u0000' + (d ? (d.title || '') + '\u0000' + d.source : '')).toLowerCase();
        });
      }
      var rows = [];
      for (var k = 0; k < events.length; k++) {
        var ev = events[k];
        if (!inRange(ev, q.range)) continue;
        if (q.lang && evLangs(ev).indexOf(q.lang) < 0) continue;
        if (q.entity != null && entsOf(k).indexOf(q.entity) < 0) continue;
        if (text && hay[k].indexOf(text) < 0) continue;
        rows.push(k);
      }
      var dir = q.dir || 1;
      if (q.order === 'relevance') rows.sort(byRelevance);
      else rows.sort(function (a, b) { return byDate(a, b) * dir; });
      return { total: rows.length, all: events.length, rows: rows.slice(q.offset, q.offset + q.limit) };
    }

    // findEntity returns the entity a search means: an exact name or alias
    // first, then the most mentioned whose name or alias contains it.
    function findEntity(q) {
      q = q.trim().toLowerCase();
      if (!q) return null;
      var best = null, bestScore = -1;
      for (var i = 0; i < ents.length; i++) {
        if (fix.canon[i] !== i) continue;
        var e = ents[i], name = nameOf(i).toLowerCase(), score = -1;
        if (name === q) score = 3;
        else if ((e.aliases || []).some(function (a) { return a.toLowerCase() === q; })) score = 2;
        else if (name.indexOf(q) >= 0 || (e.aliases || []).some(function (a) { return a.toLowerCase().indexOf(q) >= 0; })) score = 1;
        if (score < 0) continue;
        var s = score * 1e12 + e.mentions;
        if (s > bestScore) { bestScore = s; best = i; }
      }
      return best;
    }

    return {
      counts: counts, lanes: lanes, evidence: evidence, entityRows: entityRows, eventRows: eventRows,
      findEntity: findEntity, entsOf: entsOf, refresh: refresh
    };
  }

  // ---- the served source: the same layer over chronograph serve's API ----
  // The page a server sends holds a slice of its store (the documents of a
  // window): the charts and the window's counts come from it as in a
  // static report. The tables page through the whole store, and the
  // evidence comes from it, through /api/. Entities a page of the API names
  // that the slice does not hold join the page's entities, so that the
  // views address every entity alike.
  function apiSource(local) {
    var token = (location.search.match(/[?&]token=([^&]*)/) || [])[1];
    function get(path, params) {
      var q = [];
      Object.keys(params || {}).forEach(function (k) {
        var v = params[k];
        if (v != null && v !== '') q.push(encodeURIComponent(k) + '=' + encodeURIComponent(v));
      });
      if (token) q.push('token=' + token);
      return fetch(path + (q.length ? '?' + q.join('&') : ''), { credentials: 'same-origin' }).then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) throw new Error(body && body.error ? body.error : 'HTTP ' + r.status);
          return body;
        });
      });
    }
    function day(ms) { return isoDay(ms); }
    function win(r) { return r ? { from: day(r[0]), to: day(r[1] - 1) } : {}; }
    var typeIdx = new Map();
    data.types.forEach(function (t, i) { typeIdx.set(t, i); });
    // adopt returns the page's index of a store entity, adding it.
    function adopt(e) {
      var i = entById.get(e.id);
      if (i != null) return i;
      if (!typeIdx.has(e.type)) { typeIdx.set(e.type, data.types.length); data.types.push(e.type); data.colors.push('#9aa0a6'); }
      i = ents.length;
      ents.push({ id: e.id, name: e.name, type: typeIdx.get(e.type), aliases: e.aliases || [], langs: e.langs || [], mentions: e.mentions || 0,
        docs: e.documents || 0, first: e.first_seen || '', last: e.last_seen || '', events: 0, comm: -1, role: e.role || '' });
      entById.set(e.id, i);
      applyCorrections();
      local.refresh();
      return i;
    }
    // marksOf finds the entities' names in a sentence the server sent.
    function marksOf(text, want) {
      var out = [];
      want.forEach(function (k) {
        [ents[k].name].concat(ents[k].aliases || []).sort(function (a, b) { return b.length - a.length; }).forEach(function (name) {
          for (var at = text.indexOf(name); name && at >= 0; at = text.indexOf(name, at + name.length)) {
            var end = at + name.length;
            if (!out.some(function (m) { return at < m[1] && m[0] < end; })) out.push([at, end, k]);
          }
        });
      });
      out.sort(function (a, b) { return a[0] - b[0]; });
      return [].concat.apply([], out);
    }
    function sentence(s, want) {
      return { date: s.published || 'undated', label: s.published || (s.dated ? '' : 'undated'), text: s.text, lang: s.lang,
        src: [{ title: s.title || '', source: s.doc_source || s.doc }], marks: marksOf(s.text, want) };
    }
    function fromEvent(ev) {
      var es = (ev.entities || []).map(function (id) { return entById.get(id); }).filter(function (k) { return k != null; });
      return { date: ev.date, label: ev.date_label || '', gran: ev.granularity, text: ev.text, lang: ev.lang,
        src: (ev.sources || []).map(function (s) { return { source: s.doc }; }), marks: marksOf(ev.text, es) };
    }
    // pager reads the page of a listing at an offset: the API takes
    // offsets, so that the last page is one request away.
    function pager(fetchPage) {
      return function (q, params) {
        return fetchPage(Object.assign({}, params, { limit: Math.max(1, q.limit || 1), offset: q.offset || 0 })).then(function (page) {
          return { total: page.total, all: page.total, rows: q.limit === 0 ? [] : page.items || [] };
        });
      };
    }
    var entityPager = pager(function (p) { return get('/api/entities', p); });
    var eventPager = pager(function (p) { return get('/api/events', p); });
    var searchPager = pager(function (p) { return get('/api/search', p); });
    var storeTotals = { entities: data.served.entities, events: data.served.events };
    function inSlice(r) {
      return (!data.served.from || isoDay(r[0]) >= data.served.from) && (!data.served.to || isoDay(r[1] - 1) <= data.served.to);
    }
    return {
      counts: local.counts, lanes: local.lanes, entsOf: local.entsOf, refresh: local.refresh, findEntity: local.findEntity,
      evidence: function (want, r, sort) {
        var params = Object.assign({ a: ents[want[0]].id, b: want.length > 1 ? ents[want[1]].id : '', limit: MAX_EVIDENCE }, win(r));
        return get('/api/evidence', params).then(function (page) {
          var items = (page.items || []).map(function (s) { return sentence(s, want); });
          if (sort !== 'relevance') items.sort(function (a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : 0; });
          return { events: items, all: page.total, undated: [], server: true };
        });
      },
      entityRows: function (q) {
        // A window inside the slice: the slice holds its documents, and
        // ranks its entities as a static report does; else the store's list.
        if (q.range && inSlice(q.range)) {
          var res = local.entityRows(q);
          res.all = storeTotals.entities;
          return res;
        }
        // Else the store's entities, of the window when there is one.
        return when(entityPager(q, Object.assign({ q: q.text || '', type: q.type ? data.types[+q.type] : '' }, win(q.range))), function (res) {
          return { total: res.total, all: q.text || q.type || q.range ? storeTotals.entities : res.total, rows: res.rows.map(adopt) };
        });
      },
      eventRows: function (q) {
        var w = win(q.range);
        if (q.text) {
          return when(searchPager(q, Object.assign({ q: q.text }, w)), function (res) {
            return { total: res.total, all: storeTotals.events, rows: res.rows.map(function (s) { return sentence(s, []); }) };
          });
        }
        return when(eventPager(q, Object.assign({ entity: q.entity != null ? ents[q.entity].id : '' }, w)), function (res) {
          return { total: res.total, all: storeTotals.events, rows: res.rows.map(fromEvent) };
        });
      },
      correct: function (c) {
        return fetch('/api/corrections' + (token ? '?token=' + token : ''), {
          method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' },
          // The store's merge keeps its entity and takes the other's mentions.
          body: JSON.stringify(c.op === 'merge' ? { kind: 'merge', entity: c.into, other: c.ent } :
            { kind: c.op, entity: c.ent, alias: c.alias || '', name: c.name || '' })
        }).then(function (r) { return r.json().then(function (b) { if (!r.ok) throw new Error(b.error || 'HTTP ' + r.status); return b; }); });
      }
    };
  }

  var source = window.chronographSource || (data.served ? apiSource(staticSource()) : staticSource());

  // ---- the one state, and the one place that applies it ----
  var state = {
    range: null,        // [t0, t1] in ms while the timeline is zoomed or brushed
    selected: null,     // entity index
    edge: null,         // [a, b] while an edge's evidence is shown
    item: null,         // the events of the timeline mark shown
    panel: null,        // what the evidence panel lists: entity, edge or item
    ego: false,         // the network shows the selected entity's neighbours
    community: null,    // the network shows this community's members
    view: 'entities',   // overview: entities (backbone) or communities
    types: new Set(data.types.map(function (_, i) { return i; })),
    minWeight: data.settings.minWeight,
    weighting: data.settings.weighting,
    colorBy: 'type',
    topNodes: data.settings.topNodes,
    sources: !!data.settings.sources, // show the outlets the articles cite as sources
    search: '',
    evidenceSort: 'date',
    corrections: 0      // counts the changes to the corrections, so that a change redraws
  };

  var views = { lanes: null, network: null, evidence: null, tables: null, range: null };
  // apply changes the state and redraws every view that depends on what
  // changed. It is the only writer of state.
  function apply(changes) {
    var changed = {};
    Object.keys(changes).forEach(function (k) {
      var v = changes[k];
      if (k === 'range' || k === 'edge') {
        if (JSON.stringify(v) !== JSON.stringify(state[k])) changed[k] = true;
      } else if (v !== state[k] || k === 'types') changed[k] = true;
      state[k] = v;
    });
    var any = function () { for (var i = 0; i < arguments.length; i++) if (changed[arguments[i]]) return true; return false; };
    var run = function (name) { if (!views[name]) return; var t = performance.now(); views[name](); timings[name] = performance.now() - t; };
    // The evidence first: it answers the click; the other views follow
    // once the browser has painted it.
    if (any('range', 'selected', 'edge', 'item', 'panel', 'evidenceSort', 'corrections')) run('evidence');
    if (clickAt != null) {
      // From the click to the frame that shows its evidence.
      var at = clickAt;
      clickAt = null;
      requestAnimationFrame(function () { timings.clickToPaint = performance.now() - at; });
    }
    if (any('range')) run('range');
    var gen = ++applied;
    waiting++;
    later(function () {
      waiting--;
      if (gen !== applied) { pending = Object.assign(pending, changed); return; }
      changed = Object.assign(pending, changed);
      pending = {};
      if (any('range', 'types', 'corrections', 'sources')) run('lanes');
      if (any('range', 'types', 'corrections', 'sources', 'selected', 'ego', 'community', 'view', 'minWeight', 'weighting', 'colorBy', 'topNodes', 'search')) run('network');
      // The selection only highlights in the tables: a served page does not
      // ask its server for the same pages again for that.
      if (any('range', 'types', 'corrections') || (changed.selected && !data.served)) run('tables');
      if (any('selected', 'range', 'types', 'corrections')) run('selectLanes');
    });
  }
  var timings = {}, applied = 0, pending = {}, waiting = 0, clickAt = null;
  // later runs fn after the next paint (at once when the page is hidden).
  function later(fn) {
    if (document.hidden) { setTimeout(fn, 0); return; }
    requestAnimationFrame(function () { setTimeout(fn, 0); });
  }

  function keepEntity(i) { return fix.canon[i] === i && state.types.has(ents[i].type) && !fix.sources.has(i) && (state.sources || ents[i].role !== 'source'); }
  function entColor(i) { return data.colors[ents[i].type] || '#888'; }

  // markedText renders a sentence with its entities marked: the entities in
  // strong are highlighted, the others underlined and clickable.
  function markedText(text, marks, strong) {
    var p = el('span', 'sentence');
    var at = 0;
    for (var k = 0; marks && k + 2 < marks.length; k += 3) {
      var s = marks[k], e = marks[k + 1], ent = fix.canon[marks[k + 2]];
      if (s < at || e > text.length || s >= e) continue;
      if (s > at) p.appendChild(el('bdi', null, text.slice(at, s)));
      if (ent < 0) { p.appendChild(el('bdi', null, text.slice(s, e))); at = e; continue; }
      var m = el(strong && strong.has(ent) ? 'mark' : 'span', 'ent', text.slice(s, e));
      m.title = nameOf(ent) + ' (' + data.types[ents[ent].type] + ')';
      m.dataset.ent = String(ent);
      p.appendChild(m);
      at = e;
    }
    if (at < text.length) p.appendChild(el('bdi', null, text.slice(at)));
    return p;
  }
  // A click on a marked entity anywhere selects it.
  document.addEventListener('click', function (e) {
    var t = e.target;
    if (t && t.classList && t.classList.contains('ent') && t.dataset.ent != null) selectEntity(+t.dataset.ent);
  });

  // sourceNodes names the documents of an event: indexes into the page's
  // documents, or document-like objects a server sent; the first max of
  // them, then how many more (a line repeated on a dozen scraped pages
  // filled a table's row).
  function sourceNodes(docIdx, max) {
    var wrap = el('span', 'sources');
    var shown = max ? docIdx.slice(0, max) : docIdx;
    shown.forEach(function (d, n) {
      var doc = typeof d === 'number' ? docs[d] : d;
      if (!doc) return;
      if (n) wrap.appendChild(document.createTextNode(' · '));
      var label = doc.title ? doc.title : doc.source.replace(/^.*[\/\\]/, '');
      var href = safeHref(doc.url);
      var node;
      if (href) {
        node = el('a', null, label);
        node.href = href;
        node.rel = 'noopener noreferrer';
        node.target = '_blank';
      } else {
        node = el('span', null, label);
      }
      node.title = doc.source + (doc.published ? ' — published ' + doc.published : '');
      wrap.appendChild(node);
    });
    if (shown.length < docIdx.length) wrap.appendChild(el('span', 'more', ' +' + (docIdx.length - shown.length) + ' more'));
    return wrap;
  }

  function dateLabel(ev) {
    return ev.label || ev.date + (ev.gran && ev.gran !== 'day' ? ' (' + ev.gran + ')' : '');
  }

  function eventItem(ev, strong) {
    var li = el('li', 'evidence-item');
    var meta = el('div', 'meta');
    meta.appendChild(el('span', 'date', dateLabel(ev)));
    if (ev.lang) meta.appendChild(el('span', 'lang', ev.lang));
    if (ev.n > 1) meta.appendChild(el('span', 'reports', plural(ev.n, 'report')));
    else meta.appendChild(sourceNodes(ev.src || []));
    li.appendChild(meta);
    li.appendChild(markedText(ev.text, ev.marks, strong));
    if (ev.rep) li.appendChild(reportList(ev));
    return li;
  }

  // evLangs lists the languages an event is told in, its own first.
  function evLangs(ev) {
    var out = ev.lang ? [ev.lang] : [];
    (ev.rep || []).forEach(function (r) { if (r.l && out.indexOf(r.l) < 0) out.push(r.l); });
    return out;
  }

  // reportList lists the reports of an event told more than once, grouped
  // by language, each with its outlet and, when it differs, its sentence.
  function reportList(ev) {
    var box = el('div', 'reports-list');
    var langs = [];
    ev.rep.forEach(function (r) { if (langs.indexOf(r.l || '') < 0) langs.push(r.l || ''); });
    langs.sort();
    langs.forEach(function (l) {
      var group = ev.rep.filter(function (r) { return (r.l || '') === l; });
      var g = el('div', 'reports-lang');
      g.appendChild(el('span', 'lang', (l || 'und') + ' · ' + group.length));
      var ul = el('ul');
      group.forEach(function (r) {
        var item = el('li');
        item.appendChild(sourceNodes([r.d]));
        if (r.t) item.appendChild(el('div', 'report-text', r.t));
        ul.appendChild(item);
      });
      g.appendChild(ul);
      box.appendChild(g);
    });
    if (ev.n > ev.rep.length) box.appendChild(el('div', 'tip-more', (ev.n - ev.rep.length) + ' more reports: chronograph extract lists them all'));
    return box;
  }

  function tooltipBox(title, lines, more) {
    var box = el('div', 'tip');
    box.appendChild(el('div', 'tip-title', title));
    lines.forEach(function (l) { box.appendChild(l); });
    if (more) box.appendChild(el('div', 'tip-more', more));
    return box;
  }

  // ---- timeline ----
  var timelineChart = null;
  var lanes = { lanes: [], items: [] }; // as drawn

  function laneColor(lane) {
    var e = lanes.lanes[lane];
    return e == null || e < 0 ? '#9aa0a6' : entColor(e);
  }

  function laneItem(params, api) {
    var t0 = api.value(0), t1 = api.value(1), lane = api.value(2), n = api.value(3), binned = api.value(5) === 1;
    var a = api.coord([t0, lane]), b = api.coord([t1, lane]);
    var band = api.size([0, 1])[1];
    var coarse = t1 - t0 > DAY && !binned;
    // n counts the reports the mark's events hold: more retellings, a taller and darker mark.
    var h = coarse ? band * 0.34 : band * Math.min(0.8, 0.46 + 0.08 * Math.log2(n + 1));
    var x = a[0], w = b[0] - a[0];
    if (w > 8) { x += 1; w -= 2; } // a gap between the marks of adjacent days
    if (w < 4) { x -= (4 - w) / 2; w = 4; }
    var cs = params.coordSys;
    var rect = echarts.graphic.clipRectByRect({ x: x, y: a[1] - h / 2, width: w, height: h },
      { x: cs.x, y: cs.y, width: cs.width, height: cs.height });
    if (!rect) return null;
    var color = laneColor(lane);
    var opacity = coarse ? 0.35 : Math.min(1, 0.55 + 0.15 * Math.log2(n + 1));
    return {
      type: 'rect', shape: rect,
      style: { fill: color, opacity: opacity, stroke: coarse ? color : null, lineWidth: coarse ? 1 : 0 },
      // Outlined only where a mark is wide enough for the outline not to hide it.
      // The selected entity's marks keep their lane's colour, fully opaque
      // and outlined: a hub is in most marks, and a fill would flood the chart.
      select: { style: { fill: color, opacity: 1, stroke: ACCENT, lineWidth: 2 } }
    };
  }

  function laneName(e) { return e < 0 ? 'other entities' : truncate(nameOf(e), 22); }

  function timelineTooltip(p) {
    if (p.seriesId === 'lanes') {
      var it = lanes.items[p.value[4]];
      if (!it) return '';
      var evs = it.events, first = events[evs[0]];
      var lane = lanes.lanes[it.lane];
      var who = lane == null || lane < 0 ? 'other entities' : nameOf(lane);
      var lines = evs.slice(0, 3).map(function (i) {
        return el('div', 'tip-line', (events[i].n > 1 ? '[' + events[i].n + '] ' : '') + truncate(events[i].text, 180));
      });
      var span = it.bin ? isoDay(it.t0) + ' – ' + isoDay(it.t1 - DAY) : dateLabel(first);
      var told = it.reports > evs.length ? ' · ' + plural(it.reports, 'report') : '';
      return tooltipBox(span + ' · ' + who + ' · ' + plural(evs.length, 'event') + told,
        lines, evs.length > 3 ? '+' + (evs.length - 3) + ' more — click to list them' : null);
    }
    return tooltipBox(isoDay(p.value[0]), [el('div', 'tip-line', p.value[1] + ' ' + p.seriesName)]);
  }

  // axisLabels formats the time axis's labels with the option's templates
  // for each level, and leaves out a day label that would run into the
  // month or year label after it: "29 Dec" just before "2025" reads as
  // 29 Dec 2025.
  var minLabelGap = 60; // px between a day label's centre and the next month's
  function axisLabels(templates) {
    return function (value) {
      var d = new Date(value);
      if (d.getUTCHours() || d.getUTCMinutes()) return echarts.time.format(value, templates.hour, true);
      if (d.getUTCDate() === 1) return echarts.time.format(value, d.getUTCMonth() === 0 ? templates.year : templates.month, true);
      var next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
      if ((next - value) * timelinePixelsPerMs() < minLabelGap) return '';
      return echarts.time.format(value, templates.day, true);
    };
  }

  // timelinePixelsPerMs is the scale of the timeline's time axis as drawn.
  function timelinePixelsPerMs() {
    if (!timelineChart) return 0;
    var axis = timelineChart.getModel().getComponent('xAxis', 0).axis;
    var t = axis.scale.getExtent(), px = axis.getExtent();
    return Math.abs(px[1] - px[0]) / Math.max(t[1] - t[0], 1);
  }

  // drawLanes ranks the lanes for the window and redraws the lane marks.
  // laneOption ranks the lanes for the window and returns the part of the
  // timeline's option that draws them; width is the chart's, in px.
  function laneOption(width, fn) {
    var t0 = performance.now();
    // Days narrower than 3 px are drawn as weeks (and weeks that narrow
    // as four weeks): marks of single days would only overlap.
    var axis = data.charts.timeline.xAxis[0];
    var span = state.range ? state.range[1] - state.range[0] : axis.max - axis.min;
    var perDay = Math.max(width - 190, 100) * DAY / Math.max(span, DAY);
    var bin = perDay >= 3 ? 0 : perDay * 7 >= 3 ? 7 * DAY : 28 * DAY;
    return when(source.lanes(state.range, data.settings.lanes, keepEntity, bin), function (l) {
      timings['lanes:rank'] = performance.now() - t0;
      lanes = l;
      var laneData = l.items.map(function (it, i) {
        // A unique name: echarts keys the select state by name.
        return { name: String(i), value: [it.t0, it.t1, it.lane, it.reports || it.events.length, i, it.bin ? 1 : 0] };
      });
      return fn({ yAxis: [{ data: l.lanes.map(laneName) }], series: [{ id: 'lanes', data: laneData }] });
    });
  }

  function drawLanes() {
    if (!timelineChart) return;
    laneOption(timelineChart.getWidth(), function (o) { timelineChart.setOption(o); laneNote(); });
  }

  function initTimeline(dom) {
    var opt = data.charts.timeline;
    dom.style.height = data.timelineHeight + 'px';
    opt.xAxis[0].axisLabel.formatter = axisLabels(opt.xAxis[0].axisLabel.formatter);
    opt.series[0].renderItem = laneItem;
    opt.tooltip.formatter = timelineTooltip;
    opt.tooltip.confine = true;
    opt.backgroundColor = 'transparent';
    opt.toolbox.feature.saveAsImage.backgroundColor = background;
    // The window the timeline opens on, so that its lanes are its own.
    var z = opt.dataZoom && opt.dataZoom[0];
    if (z && z.startValue != null) state.range = [z.startValue, z.endValue];
    timelineChart = echarts.init(dom, dark ? 'dark' : null, { renderer: 'canvas' });
    // Drawn once, with the lanes of that window.
    laneOption(dom.clientWidth, function (o) {
      opt.yAxis[0].data = o.yAxis[0].data;
      opt.series[0].data = o.series[0].data;
    });
    timelineChart.setOption(opt);
    laneNote();
    return timelineChart;
  }

  // selectLanes marks the selected entity's events on the timeline with
  // echarts' select state, which redraws only the marks that change.
  function selectLanes() {
    if (!timelineChart) return;
    var who = state.selected, next = [];
    if (who != null) {
      lanes.items.forEach(function (it, idx) {
        for (var k = 0; k < it.events.length; k++) {
          if (source.entsOf(it.events[k]).indexOf(who) >= 0) { next.push(idx); break; }
        }
      });
    }
    var all = timelineChart.getModel().getSeriesByIndex(0).getSelectedDataIndices();
    if (all.length) timelineChart.dispatchAction({ type: 'unselect', seriesIndex: 0, dataIndex: all });
    if (next.length) timelineChart.dispatchAction({ type: 'select', seriesIndex: 0, dataIndex: next });
  }

  // The window follows the zoom; a brushed range becomes the zoom.
  function wireTimeline() {
    var axisMin = data.charts.timeline.xAxis[0].min, axisMax = data.charts.timeline.xAxis[0].max;
    timelineChart.on('brushEnd', function (p) {
      var area = p.areas && p.areas[0];
      if (!area || !area.coordRange) return;
      var r = area.coordRange;
      if (Array.isArray(r[0])) r = r[0];
      timelineChart.dispatchAction({ type: 'brush', areas: [] });
      timelineChart.dispatchAction({ type: 'dataZoom', startValue: r[0], endValue: r[1] });
    });
    var onZoom = debounce(function (p) {
      var z = p.batch ? p.batch[0] : p;
      var lo, hi;
      if (z.startValue != null && z.endValue != null) { lo = z.startValue; hi = z.endValue; }
      else {
        var s = z.start == null ? 0 : z.start, e = z.end == null ? 100 : z.end;
        if (s <= 0.001 && e >= 99.999) { apply({ range: null }); return; }
        lo = axisMin + (axisMax - axisMin) * s / 100;
        hi = axisMin + (axisMax - axisMin) * e / 100;
      }
      apply({ range: lo <= axisMin && hi >= axisMax ? null : [Math.round(lo), Math.round(hi)] });
    }, 150);
    timelineChart.on('datazoom', onZoom);
    timelineChart.on('click', function (p) {
      if (p.seriesId === 'lanes') {
        var it = lanes.items[p.value[4]];
        if (it) apply({ item: it.events.slice(), edge: null, panel: 'item' });
        setTimeout(selectLanes, 0); // undo echarts' own toggle of the clicked mark
      }
    });
  }

  function drawRange() {
    var label = byId('range');
    if (!label) return;
    label.textContent = '';
    var r = state.range;
    // A week's margin: events of the slice's documents are dated a little
    // before and after them, and the page opens on their span.
    var margin = 7 * DAY;
    if (data.served && r && ((data.served.from && isoDay(r[0] + margin) < data.served.from) || (data.served.to && isoDay(r[1] - 1 - margin) > data.served.to))) {
      // The window reaches beyond the slice this page holds.
      label.appendChild(el('span', null, isoDay(r[0]) + ' – ' + isoDay(r[1]) + ' reaches beyond the documents this page holds. '));
      label.appendChild(button('Load this window from the store', 'link', function () {
        var t = (location.search.match(/[?&]token=([^&]*)/) || [])[1];
        location.search = '?from=' + isoDay(r[0]) + '&to=' + isoDay(r[1] - 1) + (t ? '&token=' + t : '');
      }));
      label.appendChild(document.createTextNode(' '));
    }
    if (r) {
      var n = source.counts(r).inWindow;
      label.appendChild(el('span', null, isoDay(r[0]) + ' – ' + isoDay(r[1]) + ': ' + plural(n, 'event') + '; lanes, network, evidence and tables show this window. '));
      label.appendChild(button('Show all dates', 'link', function () { timelineChart.dispatchAction({ type: 'dataZoom', start: 0, end: 100 }); }));
    } else {
      label.appendChild(el('span', null, 'Lanes, network and tables show all dates. Zoom the timeline, or select a range with its brush tool, to see a window.'));
    }
  }

  function laneNote() {
    var note = byId('timeline-note');
    if (!note) return;
    var n = lanes.lanes.filter(function (l) { return l >= 0; }).length;
    var parts = ['Lanes: the ' + n + ' entities with the most events ' + (state.range ? 'in the window' : 'over all dates') +
      (lanes.lanes.indexOf(-1) >= 0 ? ', then all other events' : '') + '; zooming re-ranks them. A mark spans the precision of its date: a day, or a thin band over a whole week, month or year.'];
    if (lanes.items.some(function (it) { return it.bin; })) parts.push('At this zoom a mark gathers the day-dated events of a week or four: zoom in to see days.');
    parts.push('Bars: events dated to the day' + (data.coarse ? ' (' + plural(data.coarse, 'event') + ' dated more coarsely appear only as bands)' : '') + '.');
    if (data.undrawn) parts.push(plural(data.undrawn, 'event has a date', 'events have dates') + ' that cannot be placed on the axis: see the table.');
    note.textContent = parts.join(' ');
  }

  // ---- network ----
  var networkChart = null;
  var shown = null; // the current nodes and links, for lookups on click

  // weightOf normalises a co-occurrence count so that hubs do not drown the
  // rest: Dice = 2c/(ca+cb); PMI is normalised to [0, 1] (NPMI, negatives 0).
  function weightOf(c, ca, cb, total) {
    if (state.weighting === 'dice') return 2 * c / Math.max(ca + cb, 1);
    if (state.weighting === 'pmi') {
      if (c >= total) return 1;
      var pmi = Math.log(c * total / Math.max(ca * cb, 1));
      return Math.max(0, Math.min(1, pmi / -Math.log(c / total)));
    }
    return c;
  }

  var commPalette = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#17becf'];
  function categoryOf(i) {
    if (state.colorBy === 'type') return ents[i].type;
    var c = ents[i].comm;
    return c < 0 || c >= 10 ? 10 : c;
  }
  // categories are the legend's: the types, or the communities when the
  // nodes are coloured by community or are the communities themselves.
  function categories(communities) {
    if (state.colorBy === 'type' && !communities) {
      return data.types.map(function (t, i) { return { name: t, itemStyle: { color: data.colors[i] } }; });
    }
    var out = [];
    for (var c = 0; c < Math.min(data.comms, 10); c++) out.push({ name: 'community ' + (c + 1), itemStyle: { color: commPalette[c] } });
    out.push({ name: 'other / isolated', itemStyle: { color: '#9aa0a6' } });
    return out;
  }

  function matches(i, q) {
    if (nameOf(i).toLowerCase().indexOf(q) >= 0) return true;
    return (ents[i].aliases || []).some(function (a) { return a.toLowerCase().indexOf(q) >= 0; });
  }

  // backbone keeps, of the candidate links, each node's k strongest: a hub
  // keeps its k best links and so does every small node, where a global cut
  // would give every link to the hubs.
  function backbone(links, k) {
    var per = new Map(), keep = new Set();
    links.forEach(function (l, n) {
      [l.a, l.b].forEach(function (e) { if (!per.has(e)) per.set(e, []); per.get(e).push(n); });
    });
    per.forEach(function (ls) {
      ls.sort(function (x, y) { return links[y].w - links[x].w || links[y].c - links[x].c || x - y; });
      ls.slice(0, k).forEach(function (n) { keep.add(n); });
    });
    return links.filter(function (_, n) { return keep.has(n); });
  }

  function linksAmong(cnt, set) {
    var links = [], n = cnt.n;
    cnt.pairs.forEach(function (c, k) {
      if (c < state.minWeight) return;
      var a = Math.floor(k / n), b = k % n;
      if (!set.has(a) || !set.has(b)) return;
      links.push({ a: a, b: b, c: c, w: weightOf(c, cnt.node[a], cnt.node[b], cnt.total) });
    });
    links.sort(function (x, y) { return y.w - x.w || y.c - x.c || x.a - y.a || x.b - y.b; });
    return links;
  }

  // buildNetwork chooses what the network draws from the state: the ego
  // network of the selected entity, a community's members, the communities
  // as labelled groups, or the top entities of the window with their
  // backbone links. Every node is labelled; labels that would overlap are
  // hidden, the least important first, and shown on hover.
  function buildNetwork() {
    var cnt = source.counts(state.range);
    if (state.ego && state.selected != null && fix.canon[state.selected] === state.selected) return egoNetwork(cnt, state.selected);
    if (state.view === 'communities' && state.community == null && data.comms > 0) return communityNetwork(cnt);
    var q = state.search.trim().toLowerCase();
    var cand = [];
    for (var i = 0; i < ents.length; i++) {
      if (cnt.node[i] > 0 && keepEntity(i) && (state.community == null || ents[i].comm === state.community)) cand.push(i);
    }
    var note = '';
    if (q) {
      var keep = new Set(cand.filter(function (i) { return matches(i, q); }));
      var matched = new Set(keep), candSet = new Set(cand);
      cnt.pairs.forEach(function (c, k) {
        if (c < state.minWeight) return;
        var a = Math.floor(k / cnt.n), b = k % cnt.n;
        if (!candSet.has(a) || !candSet.has(b)) return;
        if (matched.has(a)) keep.add(b);
        if (matched.has(b)) keep.add(a);
      });
      cand = cand.filter(function (i) { return keep.has(i); });
    }
    cand.sort(function (a, b) { return cnt.node[b] - cnt.node[a] || a - b; });
    var limit = Math.min(Math.max(1, state.topNodes), MAX_NODES);
    if (cand.length > limit) note = 'the ' + limit + ' most ' + (state.range ? 'named in the window' : 'mentioned') + ' of ' + thousands(cand.length) + '; the tables list them all';
    cand = cand.slice(0, limit);
    var set = new Set(cand);
    var links = backbone(linksAmong(cnt, set), data.settings.linksPerNode);
    return graph(cnt, cand, links, note);
  }

  function graph(cnt, cand, links, note, place) {
    var pos = new Map();
    cand.forEach(function (e, n) { pos.set(e, n); });
    var maxW = links.reduce(function (m, l) { return Math.max(m, l.w); }, 0) || 1;
    var maxC = cand.reduce(function (m, i) { return Math.max(m, cnt.node[i]); }, 0) || 1;
    var nodes = cand.map(function (i, n) {
      var node = {
        id: String(i), name: nameOf(i), value: cnt.node[i], ent: i,
        symbolSize: 6 + 30 * Math.sqrt(cnt.node[i] / maxC),
        category: categoryOf(i),
        label: { show: true }
      };
      if (i === state.selected) {
        node.itemStyle = { borderColor: ACCENT, borderWidth: 3 };
        node.ringed = true;
      }
      if (place) place(node, n);
      if (node.ringed) node.label = Object.assign({}, node.label, { show: true, fontWeight: 'bold' });
      return node;
    });
    var linkData = links.map(function (l) {
      return {
        source: pos.get(l.a), target: pos.get(l.b), a: l.a, b: l.b, count: l.c, weight: l.w,
        lineStyle: { width: 0.6 + 6 * l.w / maxW }
      };
    });
    return { nodes: nodes, links: linkData, ents: cand, note: note, fixed: !!place };
  }

  // egoNetwork draws the selected entity in the middle and its strongest
  // neighbours of the window on a ring around it, each labelled along its
  // radius so that no two labels meet.
  function egoNetwork(cnt, s) {
    var nb = [], n = cnt.n;
    cnt.pairs.forEach(function (c, k) {
      if (c < state.minWeight) return;
      var a = Math.floor(k / n), b = k % n, o = a === s ? b : b === s ? a : -1;
      if (o < 0 || !keepEntity(o)) return;
      nb.push({ e: o, c: c, w: weightOf(c, cnt.node[s], cnt.node[o], cnt.total) });
    });
    nb.sort(function (x, y) { return y.w - x.w || y.c - x.c || x.e - y.e; });
    var note = nb.length > EGO_MAX ? 'the ' + EGO_MAX + ' strongest of ' + nb.length + ' neighbours' : plural(nb.length, 'neighbour');
    nb = nb.slice(0, EGO_MAX);
    var cand = [s].concat(nb.map(function (x) { return x.e; }));
    var set = new Set(cand);
    var links = nb.map(function (x) { return { a: s, b: x.e, c: x.c, w: x.w }; });
    var among = linksAmong(cnt, set).filter(function (l) { return l.a !== s && l.b !== s; });
    links = links.concat(backbone(among, 1));
    // The ring: strongest neighbours from the top, clockwise.
    var count = nb.length;
    return graph(cnt, cand, links, note, function (node, k) {
      if (k === 0) { node.x = 0; node.y = 0; node.label = { show: true, position: 'bottom', fontWeight: 'bold' }; return; }
      onRing(node, k - 1, count);
    });
  }

  // ringBox is the square a ring is drawn in, centred, with room for the
  // labels around it (echarts stretches a graph to its box).
  function ringBox() {
    var w = networkChart.getWidth(), h = networkChart.getHeight() - 40, room = 150;
    var side = Math.max(120, Math.min(w, h) - 2 * room);
    return { top: (h - side) / 2 + 10, bottom: (h - side) / 2 + 30, left: (w - side) / 2, right: (w - side) / 2 };
  }

  // onRing places the kth of count nodes on a ring, from the top
  // clockwise, its label along its radius, outwards: no two labels meet.
  function onRing(node, k, count) {
    var ang = -Math.PI / 2 + 2 * Math.PI * k / Math.max(count, 1);
    node.x = EGO_RING * Math.cos(ang);
    node.y = EGO_RING * Math.sin(ang);
    var deg = -ang * 180 / Math.PI, left = Math.cos(ang) < -1e-9;
    node.label = { show: true, position: left ? 'left' : 'right', rotate: left ? deg + 180 : deg, width: 120, overflow: 'truncate' };
  }

  // communityNetwork draws each community as one node named after its top
  // members in the window, linked to the others by the sentences they share.
  function communityNetwork(cnt) {
    var size = new Float64Array(data.comms), top = [];
    for (var c = 0; c < data.comms; c++) top.push([]);
    for (var i = 0; i < ents.length; i++) {
      var cm = ents[i].comm;
      if (cm < 0 || !keepEntity(i) || cnt.node[i] <= 0) continue;
      size[cm] += cnt.node[i];
      top[cm].push(i);
    }
    var groups = [];
    for (var g = 0; g < data.comms; g++) {
      if (size[g] <= 0) continue;
      top[g].sort(function (a, b) { return cnt.node[b] - cnt.node[a] || a - b; });
      groups.push(g);
    }
    var pair = new Map(), n = cnt.n;
    cnt.pairs.forEach(function (c, k) {
      var a = ents[Math.floor(k / n)].comm, b = ents[k % n].comm;
      if (a < 0 || b < 0 || a === b) return;
      var key = Math.min(a, b) * data.comms + Math.max(a, b);
      pair.set(key, (pair.get(key) || 0) + c);
    });
    var pos = new Map();
    groups.forEach(function (g, k) { pos.set(g, k); });
    var maxS = groups.reduce(function (m, g) { return Math.max(m, size[g]); }, 0) || 1;
    var nodes = groups.map(function (g) {
      var names = top[g].slice(0, 3).map(function (i) { return truncate(nameOf(i), 24); });
      return {
        id: 'c' + g, name: names.join(' · ') + (top[g].length > 3 ? ' +' + (top[g].length - 3) : ''), value: size[g], comm: g,
        symbolSize: 14 + 40 * Math.sqrt(size[g] / maxS), category: g < 10 ? g : 10,
        itemStyle: { color: g < 10 ? commPalette[g] : '#9aa0a6' }, label: { show: true }
      };
    });
    var links = [];
    pair.forEach(function (c, key) {
      var a = Math.floor(key / data.comms), b = key % data.comms;
      if (!pos.has(a) || !pos.has(b)) return;
      links.push({ source: pos.get(a), target: pos.get(b), count: c, weight: c });
    });
    links.sort(function (x, y) { return y.count - x.count; });
    links = links.slice(0, 3 * nodes.length);
    var maxW = links.reduce(function (m, l) { return Math.max(m, l.count); }, 0) || 1;
    links.forEach(function (l) { l.lineStyle = { width: 0.6 + 6 * l.count / maxW }; });
    // On a ring, the biggest at the top: a force layout let the biggest
    // communities' long labels run over each other.
    nodes.forEach(function (node, k) { onRing(node, k, nodes.length); node.label.width = 140; });
    return { nodes: nodes, links: links, ents: [], groups: groups, fixed: true, note: plural(groups.length, 'community', 'communities') + ' (Louvain, of the most mentioned entities); click one to open it' };
  }

  function networkTooltip(p) {
    if (p.data && p.data.comm != null && p.dataType === 'node') {
      return tooltipBox(p.data.name, [el('div', 'tip-line', 'community ' + (p.data.comm + 1) + ' · click to open it')]);
    }
    if (p.dataType === 'edge') {
      var d = p.data;
      if (d.a == null) return tooltipBox(d.count + ' shared sentences', []);
      var w = state.weighting === 'count' ? '' : ' · ' + state.weighting + ' ' + d.weight.toFixed(3);
      return tooltipBox(nameOf(d.a) + ' — ' + nameOf(d.b), [el('div', 'tip-line', d.count + ' shared sentences' + w)]);
    }
    if (p.dataType === 'node') {
      var i = p.data.ent, e = ents[i];
      var lines = [el('div', 'tip-line', data.types[e.type] + ' · ' + e.mentions + ' mentions · ' + e.events + ' events')];
      if (e.aliases && e.aliases.length) lines.push(el('div', 'tip-line', truncate(e.aliases.join(', '), 160)));
      return tooltipBox(nameOf(i), lines);
    }
    return '';
  }

  function initNetwork(dom) {
    var opt = data.charts.network;
    opt.tooltip.formatter = networkTooltip;
    opt.tooltip.confine = true;
    opt.backgroundColor = 'transparent';
    opt.toolbox.feature.saveAsImage.backgroundColor = background;
    // No select state: the ring is drawn from the state with the data, so
    // that a click costs echarts no redraw of its own and no stale select
    // state outlives a change of the data.
    opt.series[0].selectedMode = false;
    networkChart = echarts.init(dom, dark ? 'dark' : null, { renderer: 'canvas' });
    // Drawn once, with the nodes of the first view: a first setOption of
    // the empty chart cost a whole render (50 ms of the page's start).
    var first = networkOption(opt);
    networkChart.setOption(Object.assign({}, opt, first));
    if (data.mode === 'report') {
      networkChart.on('click', function (p) {
        clickAt = p.event && p.event.event ? p.event.event.timeStamp : performance.now();
        if (p.dataType === 'node' && p.data.comm != null) apply({ community: p.data.comm });
        else if (p.dataType === 'node') selectEntity(p.data.ent);
        else if (p.dataType === 'edge' && p.data.a != null) selectEdge(p.data.a, p.data.b);
      });
    }
    afterNetwork();
    return networkChart;
  }

  function drawNetwork() {
    if (!networkChart) return;
    networkChart.setOption(networkOption());
    afterNetwork();
  }

  // networkOption builds the network for the state and returns the part of
  // the chart's option that draws it; over whole (the chart's option), all of it.
  function networkOption(whole) {
    var g = buildNetwork();
    shown = g;
    var cats = categories(!!g.groups);
    // Spread small graphs over the chart; keep large ones compact, but not
    // so compact that the hubs' labels of a hundred-node graph hide each
    // other in the middle third of the panel.
    var n = Math.max(g.nodes.length, 1);
    // Repulsion grows with a node's weight, so that the hubs keep apart.
    var big = n >= 80;
    var base = Math.max(40, Math.min(700, (big ? 14000 : 8000) / n));
    var force = { repulsion: [base * 0.5, Math.min(base * 2, 900)], edgeLength: n < 30 ? [80, 220] : big ? [30, 130] : [25, 120], gravity: n < 30 ? 0.06 : big ? 0.22 : 0.3 };
    return {
      legend: Object.assign({}, whole && whole.legend, { data: cats.map(function (c) { return c.name; }) }),
      series: [Object.assign({}, whole && whole.series[0], { id: 'net', layout: g.fixed ? 'none' : 'force', data: g.nodes, links: g.links, categories: cats, force: force, zoom: 1 },
        // The ring's labels run outwards: room for them around a square.
        g.fixed ? ringBox() : { top: 70, bottom: 50, left: 30, right: 130 })]
    };
  }

  // afterNetwork follows a drawing of the network: its caption, and the
  // force layout frozen once it settles.
  function afterNetwork() {
    networkInfo(shown);
    if (!shown.fixed) freezeWhenSettled(shown);
  }

  // freezeWhenSettled waits for the force layout to come to rest, then
  // draws the same nodes where they stopped, laid out afresh: echarts hides
  // overlapping labels (the least mentioned first) when it lays a chart
  // out, not at each step of a force layout, whose labels would otherwise
  // be left as they fell. Fitting the still graph to the panel also gives
  // the labels the room the layout left around it.
  var settleTimer = null;
  function freezeWhenSettled(g) {
    clearInterval(settleTimer);
    var last = null, tries = 0;
    settleTimer = setInterval(function () {
      if (!networkChart || shown !== g) { clearInterval(settleTimer); return; }
      var d = networkChart.getModel().getSeriesByIndex(0).getData(), pts = [], moved = 0;
      if (d.count() !== g.nodes.length) { last = null; return; } // not yet drawn
      for (var i = 0; i < d.count(); i++) {
        var p = d.getItemLayout(i) || [0, 0];
        pts.push([p[0], p[1]]);
        if (last && last[i]) moved = Math.max(moved, Math.abs(p[0] - last[i][0]) + Math.abs(p[1] - last[i][1]));
      }
      if (last && (moved < 0.5 || ++tries > 60)) {
        clearInterval(settleTimer);
        g.nodes.forEach(function (n, k) { n.x = pts[k][0]; n.y = pts[k][1]; });
        g.frozen = true;
        networkChart.setOption({ series: [{ id: 'net', layout: 'none', data: g.nodes, links: g.links }] });
      }
      last = pts;
    }, 200);
  }

  function networkInfo(g) {
    var info = byId('network-info');
    if (!info) return;
    info.textContent = '';
    var what = state.ego && state.selected != null ? 'Neighbours of ' + nameOf(state.selected) + ': ' :
      state.community != null ? 'Community ' + (state.community + 1) + ': ' : '';
    info.appendChild(el('span', null, what + plural(g.nodes.length, 'node') + ', ' + plural(g.links.length, 'link') + (g.note ? ' — ' + g.note : '')));
    if (state.ego || state.community != null) {
      info.appendChild(document.createTextNode(' '));
      info.appendChild(button('Back to the overview', 'link', function () { apply({ ego: false, community: null }); }));
    }
  }

  // ---- evidence panel ----
  function panel(title, sub) {
    var body = byId('evidence-body');
    if (!body) return null;
    body.textContent = '';
    body.appendChild(el('h3', null, title));
    if (sub) body.appendChild(el('p', 'sub', sub));
    var sort = el('div', 'evidence-sort');
    sort.appendChild(document.createTextNode('Sort: '));
    ['date', 'relevance'].forEach(function (s) {
      var b = button(s, s === state.evidenceSort ? 'link on' : 'link', function () { apply({ evidenceSort: s }); });
      b.dataset.sort = s;
      sort.appendChild(b);
    });
    body.appendChild(sort);
    var list = el('ol', 'evidence-list');
    body.appendChild(list);
    body.scrollTop = 0;
    return list;
  }

  // fillEvents lists events: indexes into the page's events, or event-like
  // objects a server sent.
  function fillEvents(list, idx, strong) {
    idx.slice(0, MAX_EVIDENCE).forEach(function (i) { list.appendChild(eventItem(typeof i === 'number' ? events[i] : i, strong)); });
    if (idx.length > MAX_EVIDENCE) list.appendChild(el('li', 'more', (idx.length - MAX_EVIDENCE) + ' more in the events table'));
  }

  function windowText(found) {
    if (found.server) return plural(found.all, 'sentence') + (state.range ? ' in the window' : '') + ' in the store' + (found.all > found.events.length ? ' (the first ' + found.events.length + ' here)' : '');
    return state.range ? plural(found.events.length, 'dated event') + ' in the window (' + found.all + ' over all dates)' : plural(found.all, 'dated event');
  }

  function drawEvidence() {
    if (state.panel === 'edge' && state.edge) return drawEdgeEvidence(state.edge[0], state.edge[1]);
    if (state.panel === 'entity' && state.selected != null) return drawEntityEvidence(state.selected);
    if (state.panel === 'item' && state.item != null) return drawItemEvidence(state.item);
  }

  // evidenceFailed says in the panel that the server did not answer.
  function evidenceFailed(p) {
    if (p && typeof p.catch === 'function') p.catch(function (err) { panel('Evidence not loaded', String(err && err.message ? err.message : err)); });
  }

  function drawEntityEvidence(i) {
    evidenceFailed(when(source.evidence([i], state.range, state.evidenceSort), function (found) {
      var e = ents[i];
      var sub = data.types[e.type] + (isSource(i) ? ' · marked as a source' : '') + ' · ' + e.mentions + ' mentions in ' + e.docs + ' documents · ' + windowText(found);
      if (e.aliases && e.aliases.length) sub += ' · also: ' + e.aliases.join(', ');
      var list = panel(nameOf(i), sub);
      if (!list) return;
      correctionBar(i);
      if (!found.events.length) list.appendChild(el('li', 'more', state.range ? 'No dated sentence in the window names this entity.' : 'No dated sentence names this entity.'));
      fillEvents(list, found.events, new Set([i]));
    }));
  }

  function drawEdgeEvidence(a, b) {
    evidenceFailed(when(source.evidence([a, b], state.range, state.evidenceSort), function (found) {
      var list = panel(nameOf(a) + ' — ' + nameOf(b), windowText(found) + ' name both' + (found.undated.length ? ', ' + found.undated.length + ' undated' : ''));
      if (!list) return;
      var strong = new Set([a, b]);
      fillEvents(list, found.events, strong);
      found.undated.forEach(function (x) {
        var li = el('li', 'evidence-item');
        var meta = el('div', 'meta');
        meta.appendChild(el('span', 'date', 'undated'));
        if (x.d >= 0) meta.appendChild(sourceNodes([x.d]));
        li.appendChild(meta);
        li.appendChild(markedText(x.t, x.m, strong));
        list.appendChild(li);
      });
    }));
  }

  function drawItemEvidence(evs) {
    var idx = evs.slice();
    var found = { events: idx };
    idx.sort(function (a, b) { return (events[a].date < events[b].date ? -1 : events[a].date > events[b].date ? 1 : a - b); });
    var list = panel(dateLabel(events[idx[0]]), plural(idx.length, 'event'));
    if (list) fillEvents(list, found.events, state.selected != null ? new Set([state.selected]) : null);
  }

  function selectEntity(i) {
    if (i == null || !ents[i]) return;
    if (fix.canon[i] >= 0) i = fix.canon[i];
    apply({ selected: i, edge: null, item: null, panel: 'entity', ego: true, community: null });
  }
  function selectEdge(a, b) { apply({ edge: [a, b], item: null, panel: 'edge' }); }

  // ---- corrections: the controls ----
  function correctionBar(i) {
    var body = byId('evidence-body');
    if (!body || data.mode !== 'report') return;
    var bar = el('div', 'corrections');
    var input = el('input');
    input.type = 'text';
    input.id = 'correct-input';
    input.placeholder = 'new name, or the entity to merge into';
    bar.appendChild(input);
    var record = function (c) {
      if (data.served && data.served.writable) {
        // Saved in the store, which resolves the corpus again: the page
        // is made afresh from it.
        source.correct(c).then(function () { location.reload(); }, function (err) {
          input.setCustomValidity(String(err.message || err));
          input.reportValidity();
        });
        return;
      }
      corrections.push(c);
      correctionsChanged();
    };
    bar.appendChild(button('Rename', 'correct-rename', function () {
      var v = input.value.trim();
      if (v) record({ op: 'rename', ent: ents[i].id, name: v });
    }));
    bar.appendChild(button('Merge into', 'correct-merge', function () {
      var into = source.findEntity(input.value);
      if (into == null || into === i) { input.setCustomValidity('no other entity of that name'); input.reportValidity(); return; }
      input.setCustomValidity('');
      record({ op: 'merge', ent: ents[i].id, into: ents[into].id });
      apply({ selected: into });
    }));
    var aliases = (ents[i].aliases || []).filter(function (a) { return a !== ents[i].name; });
    if (aliases.length) {
      var sel = el('select', 'correct-alias');
      aliases.forEach(function (a) { var o = el('option', null, a); o.value = a; sel.appendChild(o); });
      bar.appendChild(sel);
      bar.appendChild(button('Split off', 'correct-split', function () { record({ op: 'split', ent: ents[i].id, alias: sel.value }); }));
    }
    bar.appendChild(button(isSource(i) ? 'Marked as source' : 'Mark as source', 'correct-source', function () { if (!isSource(i)) record({ op: 'source', ent: ents[i].id }); }));
    bar.appendChild(button('Drop', 'correct-drop', function () { record({ op: 'drop', ent: ents[i].id }); apply({ selected: null, panel: null, ego: false }); }));
    body.insertBefore(bar, body.querySelector('.evidence-sort'));
  }

  function correctionsChanged() {
    saveCorrections();
    applyCorrections();
    source.refresh();
    drawCorrections();
    apply({ corrections: state.corrections + 1 });
  }

  function describe(c) {
    var a = entById.get(c.ent), name = a == null ? c.ent : ents[a].name;
    switch (c.op) {
      case 'rename': return 'rename ' + name + ' to ' + c.name;
      case 'merge': var b = entById.get(c.into); return 'merge ' + name + ' into ' + (b == null ? c.into : ents[b].name);
      case 'split': return 'split ' + c.alias + ' off ' + name;
      case 'drop': return 'drop ' + name;
      case 'source': return 'mark ' + name + ' as a source';
    }
    return c.op;
  }

  function drawCorrections() {
    var root = byId('corrections');
    if (!root) return;
    root.textContent = '';
    if (!corrections.length) {
      root.appendChild(el('p', 'note', 'Select an entity to rename it, merge it into another, split an alias off, drop it or mark it as a news source. Corrections are kept in this browser and download as an aliases file for chronograph report --aliases.'));
      return;
    }
    var list = el('ol', 'correction-list');
    corrections.forEach(function (c) { list.appendChild(el('li', null, describe(c))); });
    root.appendChild(list);
    var bar = el('div', 'bar');
    bar.appendChild(button('Download aliases file', 'download-aliases', function () {
      var a = document.createElement('a');
      a.href = 'data:text/tab-separated-values;charset=utf-8,' + encodeURIComponent(aliasesFile());
      a.download = 'aliases.tsv';
      document.body.appendChild(a);
      a.click();
      a.remove();
    }));
    var undo = function (all) {
      corrections = all ? [] : corrections.slice(0, -1);
      correctionsChanged();
    };
    bar.appendChild(button('Undo the last', null, function () { undo(false); }));
    bar.appendChild(button('Clear all', null, function () { undo(true); }));
    root.appendChild(bar);
    root.appendChild(el('p', 'note', 'A split takes effect when the report is made again with the aliases file; the others show here at once.'));
  }

  // ---- tables ----
  // Table is a sortable, filterable, paginated table over a source's pages:
  // fetch(query) returns {rows, total, all}; cells are built from text.
  function Table(root, columns, fetch, filters, noun) {
    this.root = root; this.columns = columns; this.fetch = fetch; this.noun = noun;
    this.sortCol = -1; this.sortDir = 1; this.page = 0; this.query = {};
    var self = this;
    var bar = el('div', 'table-bar');
    this.search = el('input');
    this.search.type = 'search';
    this.search.placeholder = 'Search…';
    this.search.addEventListener('input', debounce(function () { self.query.text = self.search.value.trim(); self.page = 0; self.refresh(); }, 120));
    bar.appendChild(this.search);
    (filters || []).forEach(function (f) {
      var sel = el('select');
      sel.setAttribute('aria-label', f.label);
      sel.dataset.filter = f.key;
      f.options.forEach(function (o) { var op = el('option', null, o[1]); op.value = o[0]; sel.appendChild(op); });
      sel.addEventListener('change', function () { self.query[f.key] = sel.value; self.page = 0; self.refresh(); });
      bar.appendChild(sel);
    });
    this.count = el('span', 'count');
    bar.appendChild(this.count);
    root.appendChild(bar);
    var table = el('table');
    var head = el('tr');
    columns.forEach(function (c, k) {
      var th = el('th', null, c.label);
      if (c.sort) {
        th.tabIndex = 0;
        var sort = function () {
          if (self.sortCol === k) self.sortDir = -self.sortDir; else { self.sortCol = k; self.sortDir = c.desc ? -1 : 1; }
          self.page = 0; self.refresh();
        };
        th.addEventListener('click', sort);
        th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
      } else {
        th.className = 'nosort';
      }
      head.appendChild(th);
    });
    var thead = el('thead'); thead.appendChild(head); table.appendChild(thead);
    this.body = el('tbody'); table.appendChild(this.body);
    this.heads = head.children;
    var wrap = el('div', 'table-wrap'); wrap.appendChild(table); root.appendChild(wrap);
    var pager = el('div', 'pager');
    this.first = button('« First', 'first', function () { self.page = 0; self.refresh(); });
    this.prev = button('‹ Previous', 'prev', function () { self.page--; self.refresh(); });
    this.next = button('Next ›', 'next', function () { self.page++; self.refresh(); });
    this.last = button('Last »', 'last', function () { self.page = Infinity; self.refresh(); });
    this.pageLabel = el('span');
    [this.first, this.prev, this.pageLabel, this.next, this.last].forEach(function (b) { pager.appendChild(b); });
    root.appendChild(pager);
  }
  Table.prototype.sortBy = function (k, dir) { this.sortCol = k; this.sortDir = dir; };
  Table.prototype.refresh = function () {
    var self = this;
    var q = Object.assign({}, this.query, { range: state.range, limit: PAGE_SIZE });
    var col = this.columns[this.sortCol];
    if (col) { q.sort = col.sort; q.dir = this.sortDir; }
    var failed = function (err) { self.count.textContent = 'could not load: ' + (err && err.message ? err.message : err); };
    // One fetch of the page asked for; the last page (page Infinity), or a
    // page past the end after the filter changed, needs the total first.
    var fetchPage = function (res) {
      var pages = Math.max(1, Math.ceil(res.total / PAGE_SIZE));
      var page = Math.max(0, Math.min(self.page, pages - 1));
      if (res.rows && page * PAGE_SIZE === q.offset) { self.page = page; return res; }
      self.page = page;
      q.offset = page * PAGE_SIZE;
      return self.fetch(q);
    };
    var head = this.page === Infinity ? this.fetch(Object.assign({}, q, { offset: 0, limit: 0 })) : this.fetch(Object.assign(q, { offset: this.page * PAGE_SIZE }));
    var done = when(when(head, fetchPage), function (res) {
      var pages = Math.max(1, Math.ceil(res.total / PAGE_SIZE));
      self.body.textContent = '';
      res.rows.forEach(function (r) {
        var tr = el('tr');
        self.columns.forEach(function (c) {
          var td = el('td', c.cls);
          var v = c.cell(r, res);
          if (v instanceof Node) td.appendChild(v); else td.textContent = v == null ? '' : String(v);
          tr.appendChild(td);
        });
        self.body.appendChild(tr);
      });
      for (var k = 0; k < self.heads.length; k++) {
        if (self.columns[k].sort) self.heads[k].className = k === self.sortCol ? (self.sortDir > 0 ? 'sorted asc' : 'sorted desc') : '';
      }
      var filtered = res.total !== res.all;
      self.count.textContent = filtered ? thousands(res.total) + ' of ' + plural(res.all, self.noun[0], self.noun[1]) + ' match' + (state.range ? ' (window ' + isoDay(state.range[0]) + ' – ' + isoDay(state.range[1]) + ')' : '')
        : 'all ' + plural(res.all, self.noun[0], self.noun[1]);
      self.pageLabel.textContent = 'page ' + (self.page + 1) + ' of ' + pages;
      self.first.disabled = self.prev.disabled = self.page === 0;
      self.next.disabled = self.last.disabled = self.page >= pages - 1;
    });
    if (done && typeof done.catch === 'function') done.catch(failed);
  };

  var tables = [];

  function initTables() {
    var langs = {};
    ents.forEach(function (e) { (e.langs || []).forEach(function (l) { langs[l] = true; }); });
    var langOpts = [['', 'any language']].concat(Object.keys(langs).sort().map(function (l) { return [l, l]; }));
    var evRoot = byId('events-table');
    if (evRoot) {
      // A row is an index into the page's events, or an event a server sent.
      var evOf = function (i) { return typeof i === 'number' ? events[i] : i; };
      var evTable = new Table(evRoot, [
        { label: 'Date', sort: data.served ? null : 'date', cell: function (i) { return dateLabel(evOf(i)); }, cls: 'nowrap' },
        { label: 'Sentence', cell: function (i) { return markedText(evOf(i).text, evOf(i).marks, state.selected != null ? new Set([state.selected]) : null); } },
        { label: 'Source', cell: function (i) { return sourceNodes(evOf(i).src || [], 3); }, cls: 'src' },
        { label: 'Language', cell: function (i) { var ev = evOf(i); return evLangs(ev).join(', ') + (ev.n > 1 ? ' (' + ev.n + ' reports)' : ''); }, cls: 'nowrap' }
      ], function (q) { return source.eventRows(q); }, data.served ? [] : [
        { key: 'lang', label: 'language', options: langOpts },
        { key: 'order', label: 'order', options: [['date', 'by date'], ['relevance', 'by relevance']] }
      ], ['event']);
      evTable.sortBy(0, 1);
      tables.push(evTable);
    }
    var entRoot = byId('entities-table');
    if (entRoot) {
      var entTable = new Table(entRoot, [
        { label: 'Name', sort: 'name', cell: function (i) {
          var b = el('button', 'link ent', nameOf(i));
          b.type = 'button';
          b.dataset.ent = String(i);
          b.style.borderLeftColor = entColor(i);
          return b;
        } },
        { label: 'Type', sort: 'type', cell: function (i) { return data.types[ents[i].type] + (isSource(i) ? ' (source)' : ''); }, cls: 'nowrap' },
        { label: 'Aliases', cell: function (i) { return truncate((ents[i].aliases || []).join(', '), 200); } },
        { label: 'Languages', cell: function (i) { return (ents[i].langs || []).join(', '); }, cls: 'nowrap' },
        { label: 'Mentions', sort: 'mentions', desc: true, cell: function (i) { return ents[i].mentions; }, cls: 'num' },
        { label: 'Events', sort: 'events', desc: true, cell: function (i, res) { return res.events ? res.events[i] : ents[i].events; }, cls: 'num' },
        { label: 'First seen', sort: 'first', cell: function (i) { return ents[i].firstLabel || ents[i].first || ''; }, cls: 'nowrap' },
        { label: 'Last seen', sort: 'last', cell: function (i) { return ents[i].lastLabel || ents[i].last || ''; }, cls: 'nowrap' }
      ], function (q) { return source.entityRows(q); }, [
        { key: 'type', label: 'type', options: [['', 'any type']].concat(data.types.map(function (t, i) { return [String(i), t]; })) },
        { key: 'lang', label: 'language', options: langOpts },
        { key: 'role', label: 'role', options: [['', 'actors and sources'], ['actor', 'actors'], ['source', 'sources']] }
      ], ['entity', 'entities']);
      entTable.sortBy(4, -1); // most mentioned first
      tables.push(entTable);
    }
  }
  function drawTables() { tables.forEach(function (t) { t.refresh(); }); }

  // ---- controls ----
  function initControls() {
    var types = byId('type-filters');
    if (types) {
      data.types.forEach(function (name, i) {
        var label = el('label', 'chip');
        var box = el('input');
        box.type = 'checkbox';
        box.checked = true;
        box.addEventListener('change', function () {
          var next = new Set(state.types);
          if (box.checked) next.add(i); else next.delete(i);
          apply({ types: next });
        });
        var sw = el('span', 'swatch');
        sw.style.background = data.colors[i];
        label.appendChild(box); label.appendChild(sw); label.appendChild(document.createTextNode(name));
        types.appendChild(label);
      });
    }
    function bind(id, ev, fn) { var e = byId(id); if (e) e.addEventListener(ev, function () { fn(e); }); return e; }
    var mw = bind('min-weight', 'input', debounce(function (e) { apply({ minWeight: Math.max(1, parseInt(e.value, 10) || 1) }); }, 150));
    if (mw) mw.value = String(state.minWeight);
    var tn = bind('top-nodes', 'input', debounce(function (e) { apply({ topNodes: Math.max(1, Math.min(MAX_NODES, parseInt(e.value, 10) || 1)) }); }, 150));
    if (tn) { tn.max = String(MAX_NODES); tn.value = String(Math.min(state.topNodes, MAX_NODES)); }
    var wt = bind('weighting', 'change', function (e) { apply({ weighting: e.value }); });
    if (wt) wt.value = state.weighting;
    bind('color-by', 'change', function (e) { apply({ colorBy: e.value }); });
    bind('net-view', 'change', function (e) { apply({ view: e.value, community: null, ego: false }); });
    var src = bind('show-sources', 'change', function (e) { apply({ sources: e.checked }); });
    if (src) src.checked = state.sources;
    // A search draws the matches and their neighbours, and selects the
    // entity the words name, so that the ring and the evidence follow it.
    bind('net-search', 'input', debounce(function (e) {
      var q = e.value;
      var hit = q.trim() ? source.findEntity(q) : null;
      if (hit != null) apply({ search: q, selected: hit, edge: null, item: null, panel: 'entity', ego: false });
      else apply({ search: q });
    }, 200));
    [['save-timeline', function () { return timelineChart; }, 'timeline.png'], ['save-network', function () { return networkChart; }, 'network.png']].forEach(function (s) {
      bind(s[0], 'click', function () {
        var chart = s[1]();
        if (!chart) return;
        var a = document.createElement('a');
        a.href = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background });
        a.download = s[2];
        document.body.appendChild(a);
        a.click();
        a.remove();
      });
    });
  }

  function initStats() {
    var s = byId('stats');
    if (!s) return;
    s.textContent = plural(docs.length, 'document') + ' · ' + plural(ents.length, 'entity', 'entities') + ' · ' + plural(events.length, 'dated event') + ' · ' + plural(edges.length, 'co-occurrence edge');
    var notes = [];
    if (data.eventsOmitted) notes.push(plural(data.eventsOmitted, 'more event') + ' over the cap per date are not in this page. To see them all: chronograph ingest the inputs into a store, then chronograph serve to explore it, or chronograph report --store FILE --from YYYY-MM-DD --to YYYY-MM-DD for a shorter period; chronograph extract lists every event.');
    if (data.reportsOmitted) notes.push(plural(data.reportsOmitted, 'more report') + ' on the busiest dates were not grouped into events (a bound on memory): chronograph extract groups them all.');
    var undated = docs.filter(function (d) { return !d.published; });
    if (undated.length) notes.push(plural(undated.length, 'document') + ' without a publication date, so their relative dates stay unresolved (' + undated.slice(0, 5).map(function (d) { return d.source; }).join(', ') + (undated.length > 5 ? ', …' : '') + '): date them with --date or --dates FILE.');
    if (data.edgesUnevidenced) notes.push('The undated evidence sentences of the ' + plural(data.edgesUnevidenced, 'lightest link') + ' are not in this page (their dated sentences are): chronograph extract has them.');
    if (data.served) {
      var sv = data.served;
      notes.unshift('Served from a store of ' + plural(sv.entities, 'entity', 'entities') + ' and ' + plural(sv.events, 'dated event') + '. This page holds the documents published ' +
        (sv.from || sv.to ? (sv.from || 'from the first') + ' to ' + (sv.to || 'the last') : 'over all dates') +
        '; the tables and the evidence come from the whole store.' + (sv.writable ? ' Corrections are saved in the store.' : ' Corrections stay in this browser (start serve with --write to save them in the store).'));
    }
    var omit = byId('omitted');
    if (omit) omit.textContent = notes.join(' ');
  }

  // ---- label layout, read by the tests ----
  // labelBoxes returns the screen boxes of the network's labels drawn now.
  function labelBoxes() {
    if (!networkChart) return [];
    var d = networkChart.getModel().getSeriesByIndex(0).getData(), out = [];
    for (var i = 0; i < d.count(); i++) {
      var g = d.getItemGraphicEl(i), t = g && g.getTextContent && g.getTextContent();
      if (!t && g && g.childAt && g.childAt(0)) t = g.childAt(0).getTextContent(); // a symbol's label is on its path
      if (!t || t.ignore || t.invisible || !t.style || !t.style.text) continue;
      var r = t.getBoundingRect().clone();
      r.applyTransform(t.getComputedTransform());
      out.push({ name: t.style.text, x: r.x, y: r.y, w: r.width, h: r.height });
    }
    return out;
  }

  // ---- start ----
  function timed(name, fn) { var t = performance.now(); fn(); timings['start:' + name] = performance.now() - t; }

  function start() {
    timings['start:parse'] = parsed - scriptStart;
    if (dark) document.documentElement.classList.add('dark');
    var tdom = byId('timeline'), ndom = byId('network');
    initStats();
    initControls();
    if (tdom && data.charts.timeline) timed('timeline', function () { initTimeline(tdom); if (data.mode === 'report') wireTimeline(); });
    views.lanes = drawLanes;
    views.selectLanes = selectLanes;

    if (ndom && data.charts.network) timed('network', function () { initNetwork(ndom); });
    views.network = drawNetwork;
    if (data.mode === 'report') {
      initTables();
      views.tables = drawTables;
      views.evidence = drawEvidence;
      views.range = drawRange;
      // The tables are below the first view: drawn once it is painted.
      waiting++;
      later(function () { waiting--; timed('tables', drawTables); });
      drawRange();
      drawCorrections();
    }
    window.addEventListener('resize', debounce(function () {
      if (timelineChart) timelineChart.resize();
      if (networkChart) {
        // A resized force layout keeps its old centre: start it afresh.
        networkChart.dispose();
        initNetwork(ndom);
        window.chronograph.network = networkChart;
      }
    }, 100));
    // Read by the browser tests and by anyone scripting the page.
    window.chronograph = {
      ready: performance.now(), data: data,
      settled: function () { return !!(shown && (shown.fixed || shown.frozen)); },
      timeline: timelineChart, network: networkChart, state: state, apply: apply, timings: timings,
      idle: function () { return waiting === 0; },
      selectEntity: selectEntity, selectEdge: selectEdge, aliasesFile: aliasesFile, labelBoxes: labelBoxes,
      lanes: function () { return lanes.lanes.map(function (e) { return e < 0 ? null : nameOf(e); }); },
      laneItems: function () { return lanes.items.map(function (it) { return { lane: it.lane, t0: it.t0, t1: it.t1, events: it.events.slice() }; }); },
      shownNodes: function () { return shown ? shown.ents.slice() : []; },
      ringedNodes: function () { return networkChart ? networkChart.getOption().series[0].data.filter(function (d) { return d.ringed; }).map(function (d) { return d.ent; }) : []; },
      shownLinks: function () { return shown ? shown.links.map(function (l) { return [l.a, l.b]; }) : []; }
    };
  }

  start();
})();
