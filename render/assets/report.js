// chronograph report: links the timeline, the network, the evidence panel and
// the tables. Every string from the corpus is untrusted: it arrives through
// JSON.parse and reaches the DOM only as text (textContent, createTextNode,
// or a DOM tooltip), never as HTML.
(function () {
  'use strict';

  var DAY = 86400000;
  var ACCENT = '#d62728';
  var PAGE_SIZE = 50;
  var MAX_EVIDENCE = 200;

  var data = JSON.parse(document.getElementById('chronograph-data').textContent);
  var dark = data.theme === 'dark';
  var background = dark ? '#16181d' : '#ffffff';
  var ents = data.ents, events = data.events, docs = data.docs || [], edges = data.edges || [];

  var state = {
    range: null,        // [t0, t1] in ms while the timeline is zoomed
    selected: null,     // entity index
    types: new Set(data.types.map(function (_, i) { return i; })),
    minWeight: data.settings.minWeight,
    weighting: data.settings.weighting,
    colorBy: 'type',
    topNodes: data.settings.topNodes,
    search: ''
  };

  // ---- small DOM helpers (text only) ----
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = String(text);
    return e;
  }
  function byId(id) { return document.getElementById(id); }
  function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function truncate(s, n) { return s.length > n ? s.slice(0, n - 1) + '…' : s; }
  function debounce(fn, ms) {
    var t = null;
    return function () { var a = arguments; clearTimeout(t); t = setTimeout(function () { fn.apply(null, a); }, ms); };
  }
  function safeHref(u) { return /^https?:\/\//i.test(u || '') ? u : null; }
  function entColor(i) { return data.colors[ents[i].type] || '#888'; }
  // inRange: an event is in the selected range when its span overlaps it and
  // is no longer than it: a month-level event belongs to a selection of a
  // month or more, not to every day of its month.
  function inRange(ev) {
    if (!state.range) return true;
    if (!ev.t1) return false;
    var r = state.range;
    return ev.t0 < r[1] && ev.t1 > r[0] && ev.t1 - ev.t0 <= Math.max(r[1] - r[0], DAY);
  }

  // markedText renders a sentence with its entities marked: the entities in
  // strong are highlighted, the others underlined and clickable.
  function markedText(text, marks, strong) {
    var p = el('span', 'sentence');
    var at = 0;
    for (var k = 0; marks && k + 2 < marks.length; k += 3) {
      var s = marks[k], e = marks[k + 1], ent = marks[k + 2];
      if (s < at || e > text.length || s >= e) continue;
      if (s > at) p.appendChild(document.createTextNode(text.slice(at, s)));
      var m = el(strong && strong.has(ent) ? 'mark' : 'span', 'ent', text.slice(s, e));
      m.title = ents[ent].name + ' (' + data.types[ents[ent].type] + ')';
      m.dataset.ent = String(ent);
      p.appendChild(m);
      at = e;
    }
    if (at < text.length) p.appendChild(document.createTextNode(text.slice(at)));
    return p;
  }
  // A click on a marked entity anywhere selects it.
  document.addEventListener('click', function (e) {
    var t = e.target;
    if (t && t.classList && t.classList.contains('ent') && t.dataset.ent != null) selectEntity(+t.dataset.ent);
  });

  function sourceNodes(docIdx) {
    var wrap = el('span', 'sources');
    docIdx.forEach(function (d, n) {
      var doc = docs[d];
      if (!doc) return;
      if (n) wrap.appendChild(document.createTextNode(' · '));
      var label = doc.title ? doc.title : doc.source;
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
    return wrap;
  }

  function dateLabel(ev) {
    return ev.date + (ev.gran && ev.gran !== 'day' ? ' (' + ev.gran + ')' : '');
  }

  function eventItem(ev, strong) {
    var li = el('li', 'evidence-item');
    var meta = el('div', 'meta');
    meta.appendChild(el('span', 'date', dateLabel(ev)));
    if (ev.lang) meta.appendChild(el('span', 'lang', ev.lang));
    meta.appendChild(sourceNodes(ev.src || []));
    li.appendChild(meta);
    li.appendChild(markedText(ev.text, ev.marks, strong));
    return li;
  }

  // ---- timeline ----
  var timelineChart = null;
  var laneData = null;

  function laneColor(lane) {
    var e = data.lanes[lane];
    return e == null || e < 0 ? '#9aa0a6' : entColor(e);
  }

  function laneItem(params, api) {
    var t0 = api.value(0), t1 = api.value(1), lane = api.value(2), n = api.value(3), idx = api.value(4);
    var a = api.coord([t0, lane]), b = api.coord([t1, lane]);
    var band = api.size([0, 1])[1];
    var coarse = t1 - t0 > DAY;
    var h = coarse ? band * 0.34 : band * 0.62;
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
      select: { style: { fill: ACCENT, opacity: coarse ? 0.5 : 1, stroke: dark ? '#ffffff' : '#000000', lineWidth: rect.width > 8 ? 1 : 0 } }
    };
  }

  function tooltipBox(title, lines, more) {
    var box = el('div', 'tip');
    box.appendChild(el('div', 'tip-title', title));
    lines.forEach(function (l) { box.appendChild(l); });
    if (more) box.appendChild(el('div', 'tip-more', more));
    return box;
  }

  function timelineTooltip(p) {
    if (p.seriesId === 'lanes') {
      var evs = data.items[p.value[4]] || [];
      if (!evs.length) return '';
      var first = events[evs[0]];
      var lane = data.lanes[p.value[2]];
      var who = lane == null || lane < 0 ? 'other entities' : ents[lane].name;
      var lines = evs.slice(0, 3).map(function (i) { return el('div', 'tip-line', truncate(events[i].text, 180)); });
      return tooltipBox(dateLabel(first) + ' · ' + who + ' · ' + evs.length + (evs.length === 1 ? ' event' : ' events'),
        lines, evs.length > 3 ? '+' + (evs.length - 3) + ' more — click to list them' : null);
    }
    var day = isoDay(p.value[0]);
    return tooltipBox(day, [el('div', 'tip-line', p.value[1] + ' ' + p.seriesName)]);
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

  function initTimeline(dom) {
    var opt = data.charts.timeline;
    dom.style.height = data.timelineHeight + 'px';
    opt.xAxis[0].axisLabel.formatter = axisLabels(opt.xAxis[0].axisLabel.formatter);
    opt.series[0].renderItem = laneItem;
    opt.tooltip.formatter = timelineTooltip;
    opt.tooltip.confine = true;
    opt.backgroundColor = 'transparent';
    opt.toolbox.feature.saveAsImage.backgroundColor = background;
    laneData = opt.series[0].data;
    timelineChart = echarts.init(dom, dark ? 'dark' : null, { renderer: 'canvas' });
    timelineChart.setOption(opt);
    return timelineChart;
  }

  // selectLanes marks the selected entity's events on the timeline with
  // echarts' select state, which redraws only the marks that change.
  var laneSelection = [];
  function selectLanes() {
    if (!timelineChart) return;
    var who = state.selected, next = [];
    if (who != null) {
      data.items.forEach(function (evs, idx) {
        for (var k = 0; k < evs.length; k++) {
          if (events[evs[k]].ents.indexOf(who) >= 0) { next.push(idx); break; }
        }
      });
    }
    var all = timelineChart.getModel().getSeriesByIndex(0).getSelectedDataIndices();
    if (all.length) timelineChart.dispatchAction({ type: 'unselect', seriesIndex: 0, dataIndex: all });
    if (next.length) timelineChart.dispatchAction({ type: 'select', seriesIndex: 0, dataIndex: next });
    laneSelection = next;
  }

  // The date range follows the zoom; a brushed range becomes the zoom.
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
        if (s <= 0.001 && e >= 99.999) { setRange(null); return; }
        lo = axisMin + (axisMax - axisMin) * s / 100;
        hi = axisMin + (axisMax - axisMin) * e / 100;
      }
      if (lo <= axisMin && hi >= axisMax) setRange(null); else setRange([lo, hi]);
      if (laneSelection.length) selectLanes();
    }, 150);
    timelineChart.on('datazoom', onZoom);
    timelineChart.on('click', function (p) {
      if (p.seriesId === 'lanes') {
        showItem(p.value[4]);
        setTimeout(selectLanes, 0); // undo echarts' own toggle of the clicked mark
      }
    });
  }

  function setRange(r) {
    state.range = r;
    var label = byId('range');
    if (label) {
      label.textContent = '';
      if (r) {
        var n = events.filter(inRange).length;
        label.appendChild(el('span', null, isoDay(r[0]) + ' – ' + isoDay(r[1]) + ': ' + n + ' events; network and events table filtered. '));
        var b = el('button', 'link', 'Show all dates');
        b.addEventListener('click', function () { timelineChart.dispatchAction({ type: 'dataZoom', start: 0, end: 100 }); });
        label.appendChild(b);
      } else {
        label.appendChild(el('span', null, 'Network and tables show all dates. Zoom the timeline, or select a range with its brush tool, to filter them.'));
      }
    }
    drawNetwork();
    if (eventsTable) eventsTable.refresh();
  }

  // ---- network ----
  var networkChart = null;
  var shown = null; // the current nodes, for lookups on click

  function pairKey(a, b) { return a < b ? a * ents.length + b : b * ents.length + a; }

  // counts returns the node and pair counts the network is drawn from: all
  // co-occurrences without a date range, the events in it with one.
  function counts() {
    var node = new Float64Array(ents.length), pairs = new Map(), total = 0;
    if (!state.range) {
      ents.forEach(function (e, i) { node[i] = e.mentions; total += e.mentions; });
      edges.forEach(function (e) { pairs.set(pairKey(e.a, e.b), e.w); });
      return { node: node, pairs: pairs, total: total };
    }
    events.forEach(function (ev) {
      if (!inRange(ev)) return;
      total++;
      var es = ev.ents.length > 30 ? ev.ents.slice(0, 30) : ev.ents;
      for (var i = 0; i < es.length; i++) {
        node[es[i]]++;
        for (var j = i + 1; j < es.length; j++) {
          var k = pairKey(es[i], es[j]);
          pairs.set(k, (pairs.get(k) || 0) + 1);
        }
      }
    });
    return { node: node, pairs: pairs, total: total };
  }

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

  function categoryOf(i) {
    if (state.colorBy === 'type') return ents[i].type;
    var c = ents[i].comm;
    return c < 0 || c >= 10 ? 10 : c;
  }

  function categories() {
    if (state.colorBy === 'type') {
      return data.types.map(function (t, i) { return { name: t, itemStyle: { color: data.colors[i] } }; });
    }
    var palette = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#17becf'];
    var out = [];
    for (var c = 0; c < Math.min(data.comms, 10); c++) out.push({ name: 'community ' + (c + 1), itemStyle: { color: palette[c] } });
    out.push({ name: 'other / isolated', itemStyle: { color: '#9aa0a6' } });
    return out;
  }

  function buildNetwork() {
    var cnt = counts();
    var q = state.search.trim().toLowerCase();
    var cand = [];
    for (var i = 0; i < ents.length; i++) {
      if (cnt.node[i] > 0 && state.types.has(ents[i].type)) cand.push(i);
    }
    if (q) {
      var keep = new Set();
      cand.forEach(function (i) {
        var e = ents[i];
        if (e.name.toLowerCase().indexOf(q) >= 0 || (e.aliases || []).some(function (a) { return a.toLowerCase().indexOf(q) >= 0; })) keep.add(i);
      });
      var matched = Array.from(keep);
      var candSet = new Set(cand);
      cnt.pairs.forEach(function (c, k) {
        if (c < state.minWeight) return;
        var a = Math.floor(k / ents.length), b = k % ents.length;
        if (!candSet.has(a) || !candSet.has(b)) return;
        if (matched.indexOf(a) >= 0) keep.add(b);
        if (matched.indexOf(b) >= 0) keep.add(a);
      });
      cand = cand.filter(function (i) { return keep.has(i); });
    }
    cand.sort(function (a, b) { return cnt.node[b] - cnt.node[a] || a - b; });
    cand = cand.slice(0, Math.max(1, state.topNodes));
    var pos = new Map();
    cand.forEach(function (e, n) { pos.set(e, n); });
    var links = [];
    cnt.pairs.forEach(function (c, k) {
      if (c < state.minWeight) return;
      var a = Math.floor(k / ents.length), b = k % ents.length;
      if (!pos.has(a) || !pos.has(b)) return;
      links.push({ a: a, b: b, c: c, w: weightOf(c, cnt.node[a], cnt.node[b], cnt.total) });
    });
    links.sort(function (x, y) { return y.w - x.w || y.c - x.c || x.a - y.a || x.b - y.b; });
    links = links.slice(0, data.settings.linksPerNode * cand.length);
    var maxW = links.reduce(function (m, l) { return Math.max(m, l.w); }, 0) || 1;
    var maxC = cand.reduce(function (m, i) { return Math.max(m, cnt.node[i]); }, 0) || 1;
    var nodes = cand.map(function (i, rank) {
      return {
        id: String(i), name: ents[i].name, value: cnt.node[i], ent: i,
        symbolSize: 6 + 30 * Math.sqrt(cnt.node[i] / maxC),
        category: categoryOf(i),
        label: { show: rank < data.settings.labels }
      };
    });
    var linkData = links.map(function (l) {
      return {
        source: pos.get(l.a), target: pos.get(l.b), a: l.a, b: l.b, count: l.c, weight: l.w,
        lineStyle: { width: 0.6 + 6 * l.w / maxW }
      };
    });
    return { nodes: nodes, links: linkData, ents: cand };
  }

  function networkTooltip(p) {
    if (p.dataType === 'edge') {
      var d = p.data;
      var w = state.weighting === 'count' ? '' : ' · ' + state.weighting + ' ' + d.weight.toFixed(3);
      return tooltipBox(ents[d.a].name + ' — ' + ents[d.b].name, [el('div', 'tip-line', d.count + ' shared sentences' + w)]);
    }
    if (p.dataType === 'node') {
      var e = ents[p.data.ent];
      var lines = [el('div', 'tip-line', data.types[e.type] + ' · ' + e.mentions + ' mentions · ' + e.events + ' events')];
      if (e.aliases && e.aliases.length) lines.push(el('div', 'tip-line', truncate(e.aliases.join(', '), 160)));
      return tooltipBox(e.name, lines);
    }
    return '';
  }

  function initNetwork(dom) {
    var opt = data.charts.network;
    opt.tooltip.formatter = networkTooltip;
    opt.tooltip.confine = true;
    opt.backgroundColor = 'transparent';
    opt.toolbox.feature.saveAsImage.backgroundColor = background;
    opt.series[0].selectedMode = 'single';
    opt.series[0].select = { itemStyle: { borderColor: ACCENT, borderWidth: 3 }, label: { show: true } };
    networkChart = echarts.init(dom, dark ? 'dark' : null, { renderer: 'canvas' });
    networkChart.setOption(opt);
    if (data.mode === 'report') {
      networkChart.on('click', function (p) {
        if (p.dataType === 'node') selectEntity(p.data.ent);
        else if (p.dataType === 'edge') selectEdge(p.data.a, p.data.b);
      });
    }
    drawNetwork();
    return networkChart;
  }

  function drawNetwork() {
    if (!networkChart) return;
    var g = buildNetwork();
    shown = g;
    var cats = categories();
    // Spread small graphs over the chart; keep large ones compact, but not
    // so compact that the hubs' labels of a hundred-node graph hide each
    // other in the middle third of the panel.
    var n = Math.max(g.nodes.length, 1);
    // Repulsion grows with a node's weight, so that the hubs keep apart.
    var big = n >= 80;
    var base = Math.max(40, Math.min(700, (big ? 14000 : 8000) / n));
    var force = { repulsion: [base * 0.5, Math.min(base * 2, 900)], edgeLength: n < 30 ? [80, 220] : big ? [30, 130] : [25, 120], gravity: n < 30 ? 0.06 : big ? 0.22 : 0.3 };
    networkChart.setOption({
      legend: { data: cats.map(function (c) { return c.name; }) },
      series: [{ id: 'net', data: g.nodes, links: g.links, categories: cats, force: force }]
    });
    var info = byId('network-info');
    if (info) info.textContent = g.nodes.length + ' nodes, ' + g.links.length + ' links shown';
    markSelectedNode();
  }

  function markSelectedNode() {
    if (!networkChart || !shown) return;
    networkChart.dispatchAction({ type: 'unselect', seriesId: 'net', dataIndex: shown.nodes.map(function (_, i) { return i; }) });
    if (state.selected == null) return;
    var n = shown.ents.indexOf(state.selected);
    if (n >= 0) networkChart.dispatchAction({ type: 'select', seriesId: 'net', dataIndex: n });
  }

  // ---- evidence panel ----
  function panel(title, sub) {
    var body = byId('evidence-body');
    if (!body) return null;
    body.textContent = '';
    body.appendChild(el('h3', null, title));
    if (sub) body.appendChild(el('p', 'sub', sub));
    var list = el('ol', 'evidence-list');
    body.appendChild(list);
    body.scrollTop = 0;
    return list;
  }

  function byDate(a, b) {
    var x = events[a], y = events[b];
    return (x.t0 || Infinity) - (y.t0 || Infinity) || (x.date < y.date ? -1 : x.date > y.date ? 1 : a - b);
  }

  function fillEvents(list, idx, strong) {
    idx.slice(0, MAX_EVIDENCE).forEach(function (i) { list.appendChild(eventItem(events[i], strong)); });
    if (idx.length > MAX_EVIDENCE) list.appendChild(el('li', 'more', (idx.length - MAX_EVIDENCE) + ' more in the events table'));
  }

  function selectEntity(i) {
    if (i == null || !ents[i]) return;
    state.selected = i;
    var e = ents[i];
    var idx = [];
    events.forEach(function (ev, k) { if (ev.ents.indexOf(i) >= 0) idx.push(k); });
    idx.sort(byDate);
    var sub = data.types[e.type] + ' · ' + e.mentions + ' mentions in ' + e.docs + ' documents · ' + idx.length + ' dated events';
    if (e.aliases && e.aliases.length) sub += ' · also: ' + e.aliases.join(', ');
    var list = panel(e.name, sub);
    if (list) {
      if (!idx.length) list.appendChild(el('li', 'more', 'No dated sentence names this entity.'));
      fillEvents(list, idx, new Set([i]));
    }
    selectLanes();
    markSelectedNode();
  }

  function selectEdge(a, b) {
    var idx = [];
    events.forEach(function (ev, k) { if (ev.ents.indexOf(a) >= 0 && ev.ents.indexOf(b) >= 0) idx.push(k); });
    idx.sort(byDate);
    var undated = [];
    edges.forEach(function (e) {
      if (!((e.a === a && e.b === b) || (e.a === b && e.b === a))) return;
      (e.ev || []).forEach(function (x) { if (x.e < 0) undated.push(x); });
    });
    var list = panel(ents[a].name + ' — ' + ents[b].name, idx.length + ' dated sentences name both' + (undated.length ? ', ' + undated.length + ' undated' : ''));
    if (!list) return;
    var strong = new Set([a, b]);
    fillEvents(list, idx, strong);
    undated.forEach(function (x) {
      var li = el('li', 'evidence-item');
      var meta = el('div', 'meta');
      meta.appendChild(el('span', 'date', 'undated'));
      if (x.d >= 0) meta.appendChild(sourceNodes([x.d]));
      li.appendChild(meta);
      li.appendChild(markedText(x.t, x.m, strong));
      list.appendChild(li);
    });
  }

  function showItem(itemIdx) {
    var idx = (data.items[itemIdx] || []).slice().sort(byDate);
    if (!idx.length) return;
    var first = events[idx[0]];
    var list = panel(dateLabel(first), idx.length + (idx.length === 1 ? ' event' : ' events'));
    if (list) fillEvents(list, idx, state.selected != null ? new Set([state.selected]) : null);
  }

  // ---- tables ----
  // Table is a sortable, searchable, paginated table; rows are indexes into
  // the data, cells are built from text.
  function Table(root, columns, rows, filter) {
    this.root = root; this.columns = columns; this.rows = rows; this.filter = filter;
    this.sortCol = 0; this.sortDir = 1; this.page = 0; this.query = ''; this.hay = null;
    var self = this;
    var bar = el('div', 'table-bar');
    this.search = el('input');
    this.search.type = 'search';
    this.search.placeholder = 'Search…';
    this.search.addEventListener('input', debounce(function () { self.query = self.search.value.trim().toLowerCase(); self.page = 0; self.refresh(); }, 120));
    bar.appendChild(this.search);
    this.count = el('span', 'count');
    bar.appendChild(this.count);
    root.appendChild(bar);
    var table = el('table');
    var head = el('tr');
    columns.forEach(function (c, k) {
      var th = el('th', null, c.label);
      th.tabIndex = 0;
      var sort = function () {
        if (self.sortCol === k) self.sortDir = -self.sortDir; else { self.sortCol = k; self.sortDir = c.desc ? -1 : 1; }
        self.page = 0; self.refresh();
      };
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
      head.appendChild(th);
    });
    var thead = el('thead'); thead.appendChild(head); table.appendChild(thead);
    this.body = el('tbody'); table.appendChild(this.body);
    this.heads = head.children;
    var wrap = el('div', 'table-wrap'); wrap.appendChild(table); root.appendChild(wrap);
    var pager = el('div', 'pager');
    this.prev = el('button', null, '‹ Previous');
    this.next = el('button', null, 'Next ›');
    this.pageLabel = el('span');
    this.prev.addEventListener('click', function () { self.page--; self.refresh(); });
    this.next.addEventListener('click', function () { self.page++; self.refresh(); });
    pager.appendChild(this.prev); pager.appendChild(this.pageLabel); pager.appendChild(this.next);
    root.appendChild(pager);
    this.refresh();
  }
  Table.prototype.refresh = function () {
    var self = this, q = this.query;
    if (q && !this.hay) {
      this.hay = new Map();
      this.rows.forEach(function (r) {
        self.hay.set(r, self.columns.map(function (c) { return c.text ? c.text(r) : String(c.value(r)); }).join('\u0000').toLowerCase());
      });
    }
    var rows = this.rows.filter(function (r) { return (!self.filter || self.filter(r)) && (!q || self.hay.get(r).indexOf(q) >= 0); });
    var col = this.columns[this.sortCol], dir = this.sortDir;
    rows.sort(function (a, b) {
      var x = col.value(a), y = col.value(b);
      return (x < y ? -1 : x > y ? 1 : 0) * dir || a - b;
    });
    var pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
    this.page = Math.max(0, Math.min(this.page, pages - 1));
    this.body.textContent = '';
    rows.slice(this.page * PAGE_SIZE, (this.page + 1) * PAGE_SIZE).forEach(function (r) {
      var tr = el('tr');
      self.columns.forEach(function (c) {
        var td = el('td', c.cls);
        var v = c.cell ? c.cell(r) : c.value(r);
        if (v instanceof Node) td.appendChild(v); else td.textContent = v == null ? '' : String(v);
        tr.appendChild(td);
      });
      self.body.appendChild(tr);
    });
    for (var k = 0; k < this.heads.length; k++) {
      this.heads[k].className = k === this.sortCol ? (dir > 0 ? 'sorted asc' : 'sorted desc') : '';
    }
    this.count.textContent = rows.length + ' of ' + this.rows.length;
    this.pageLabel.textContent = 'page ' + (this.page + 1) + ' of ' + pages;
    this.prev.disabled = this.page === 0;
    this.next.disabled = this.page >= pages - 1;
  };

  var eventsTable = null;

  function initTables() {
    var evRoot = byId('events-table');
    if (evRoot) {
      eventsTable = new Table(evRoot, [
        { label: 'Date', value: function (i) { return events[i].t0 || Infinity; }, text: function (i) { return events[i].date; }, cell: function (i) { return dateLabel(events[i]); }, cls: 'nowrap' },
        { label: 'Sentence', value: function (i) { return events[i].text; }, cell: function (i) { return markedText(events[i].text, events[i].marks, state.selected != null ? new Set([state.selected]) : null); } },
        { label: 'Source', value: function (i) { var d = docs[(events[i].src || [])[0]]; return d ? (d.title || d.source) : ''; }, cell: function (i) { return sourceNodes(events[i].src || []); } },
        { label: 'Language', value: function (i) { return events[i].lang || ''; }, cls: 'nowrap' }
      ], events.map(function (_, i) { return i; }), function (i) { return inRange(events[i]); });
    }
    var entRoot = byId('entities-table');
    if (entRoot) {
      new Table(entRoot, [
        { label: 'Name', value: function (i) { return ents[i].name; }, cell: function (i) {
          var b = el('button', 'link ent', ents[i].name);
          b.dataset.ent = String(i);
          b.style.borderLeftColor = entColor(i);
          return b;
        } },
        { label: 'Type', value: function (i) { return data.types[ents[i].type]; }, cls: 'nowrap' },
        { label: 'Aliases', value: function (i) { return (ents[i].aliases || []).join(', '); } },
        { label: 'Languages', value: function (i) { return (ents[i].langs || []).join(', '); }, cls: 'nowrap' },
        { label: 'Mentions', value: function (i) { return ents[i].mentions; }, desc: true, cls: 'num' },
        { label: 'Events', value: function (i) { return ents[i].events; }, desc: true, cls: 'num' },
        { label: 'First seen', value: function (i) { return ents[i].first || ''; }, cls: 'nowrap' },
        { label: 'Last seen', value: function (i) { return ents[i].last || ''; }, cls: 'nowrap' }
      ], ents.map(function (_, i) { return i; }));
      // Most mentioned first.
      var t = entRoot;
      var th = t.querySelectorAll('th')[4];
      if (th) th.click();
    }
  }

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
          if (box.checked) state.types.add(i); else state.types.delete(i);
          drawNetwork();
        });
        var sw = el('span', 'swatch');
        sw.style.background = data.colors[i];
        label.appendChild(box); label.appendChild(sw); label.appendChild(document.createTextNode(name));
        types.appendChild(label);
      });
    }
    function bind(id, ev, fn) { var e = byId(id); if (e) e.addEventListener(ev, function () { fn(e); }); return e; }
    var mw = bind('min-weight', 'input', debounce(function (e) { state.minWeight = Math.max(1, parseInt(e.value, 10) || 1); drawNetwork(); }, 150));
    if (mw) mw.value = String(state.minWeight);
    var tn = bind('top-nodes', 'input', debounce(function (e) { state.topNodes = Math.max(1, Math.min(2000, parseInt(e.value, 10) || 1)); drawNetwork(); }, 150));
    if (tn) tn.value = String(state.topNodes);
    var wt = bind('weighting', 'change', function (e) { state.weighting = e.value; drawNetwork(); });
    if (wt) wt.value = state.weighting;
    bind('color-by', 'change', function (e) { state.colorBy = e.value; drawNetwork(); });
    bind('net-search', 'input', debounce(function (e) { state.search = e.value; drawNetwork(); }, 200));
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
    var text = docs.length + ' documents · ' + ents.length + ' entities · ' + events.length + ' dated events · ' + edges.length + ' co-occurrence edges';
    s.textContent = text;
    var note = byId('timeline-note');
    if (note) {
      var parts = ['Lanes: the ' + data.lanes.filter(function (l) { return l >= 0; }).length + ' entities with the most events' + (data.lanes.indexOf(-1) >= 0 ? ', then all other events' : '') + '. A mark spans the precision of its date: a day, or a thin band over a whole week, month or year.'];
      parts.push('Bars: events dated to the day' + (data.coarse ? ' (' + data.coarse + (data.coarse === 1 ? ' event' : ' events') + ' dated more coarsely appear only as bands)' : '') + '.');
      if (data.undrawn) parts.push(data.undrawn + (data.undrawn === 1 ? ' event has a date' : ' events have dates') + ' that cannot be placed on the axis: see the table.');
      note.textContent = parts.join(' ');
    }
  }

  // ---- start ----
  function start() {
    if (dark) document.documentElement.classList.add('dark');
    var tdom = byId('timeline'), ndom = byId('network');
    initStats();
    initControls();
    if (tdom && data.charts.timeline) { initTimeline(tdom); if (data.mode === 'report') wireTimeline(); }
    if (ndom && data.charts.network) initNetwork(ndom);
    initTables();
    if (data.mode === 'report') setRange(null);
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
      timeline: timelineChart, network: networkChart, state: state,
      selectEntity: selectEntity, selectEdge: selectEdge,
      shownNodes: function () { return shown ? shown.ents.slice() : []; },
      shownLinks: function () { return shown ? shown.links.map(function (l) { return [l.a, l.b]; }) : []; }
    };
  }

  start();
})();
