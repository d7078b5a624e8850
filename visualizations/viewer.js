// paper-kg viewer: legend with type filters, year filter, search, details panel, neighbour highlighting,
// a time axis on the lineage view. The drawing goes through a renderer (vis-network here, sigma.js in
// viewer-sigma.js for big graphs); everything else is shared. Every text from the graph goes through
// textContent; nothing here parses HTML.
(function () {
  "use strict";
  var marks = { start: performance.now() };
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  marks.parsed = performance.now();
  var SVG = "http://www.w3.org/2000/svg";
  var byId = new Map();
  var looks = data.looks || {};
  data.nodes.forEach(function (n) {
    var look = looks[n.kind] || {};  // the page leaves out what equals the name or the label's look
    if (n.label === undefined) { n.label = n.name; }
    if (n.title === undefined) { n.title = n.name; }
    if (n.color === undefined) { n.color = look.color; }
    if (n.shape === undefined) { n.shape = look.shape; }
    if (n.size === undefined) { n.size = look.size; }
    if (n.legend === undefined) { n.legend = n.kind; }
    byId.set(n.id, n);
  });
  var edgeLook = data.edge_look || {};
  data.edges.forEach(function (e) {
    if (e.title === undefined) { e.title = e.kind; }
    if (e.color === undefined) { e.color = edgeLook.color; }
    if (e.width === undefined) { e.width = edgeLook.width; }
  });
  // Labels of force-laid views: drawn by the page at a fixed screen size, each from the zoom ``lz`` computed
  // in Python so that no two overlap (kg.viz.layout.label_zooms); the others show on hover and selection.
  // After a re-layout in the page (vis-network, a kind checked on demand) the same greedy rule runs here.
  var labels = data.labels ? { look: data.labels, order: [] } : null;
  function sortLabels() {
    labels.order = data.nodes.filter(function (n) { return n.lz !== undefined; });
    labels.order.sort(function (a, b) { return a.lz - b.lz; });
  }
  if (labels) { sortLabels(); }
  function relabel(pos, ids) {  // pos: id -> {x, y} in layout units; ids: the visible nodes
    var started = performance.now();
    var look = labels.look, firstOn = new Set();
    data.legend.forEach(function (item) { if (item.on !== false) { firstOn.add(item.key); } });
    var order = ids.map(function (id) { return byId.get(id); }).sort(function (a, b) {
      return (a.focus ? 0 : 1) - (b.focus ? 0 : 1) || (a.lead ? 0 : 1) - (b.lead ? 0 : 1) ||
        (firstOn.has(a.legend) ? 0 : 1) - (firstOn.has(b.legend) ? 0 : 1) ||
        b.value - a.value ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
    var xs = ids.map(function (id) { return pos[id].x; }), ys = ids.map(function (id) { return pos[id].y; });
    var fit = Math.min((look.view_px[0] - 2 * look.margin_px) / (Math.max.apply(null, xs) - Math.min.apply(null, xs) + 1),
                       (look.view_px[1] - 2 * look.margin_px) / (Math.max.apply(null, ys) - Math.min.apply(null, ys) + 1));
    data.nodes.forEach(function (n) { delete n.lz; delete n.ls; delete n.lt; });
    var cell = 256, pad = 3, done = 0, rank = new Map();
    var minX = Math.min.apply(null, xs), maxX = Math.max.apply(null, xs), minY = Math.min.apply(null, ys), maxY = Math.max.apply(null, ys);
    var opened = Math.min(fit, 1), cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
    look.frame = { fit: opened, cx: cx, cy: cy };  // where the renderer opens the new layout
    var width = function (n, alt) { return (alt ? n.short : n.label || n.name).length * look.char_px + 4; };
    var inside = function (n, s, side, alt) {  // as label_zooms: a label drawn as the page opens lies inside the view
      if (s > opened * look.open_slack) { return true; }
      var t = Math.max(s, opened), hw = look.view_px[0] / 2 * t / opened, hh = look.view_px[1] / 2 * t / opened;
      var p = pos[n.id], b = labelBox(t * p.x, t * p.y, t * n.size, width(n, alt), look.line_px, side);
      return t * cx - hw <= b[0] && t * cy - hh <= b[1] && b[2] <= t * cx + hw && b[3] <= t * cy + hh;
    };
    order.forEach(function (n, i) { rank.set(n.id, i); });
    var spots = function (b, grow) {
      var out = [];
      for (var gx = Math.floor((b[0] - grow) / cell); gx <= Math.floor((b[2] + grow) / cell); gx++) {
        for (var gy = Math.floor((b[1] - grow) / cell); gy <= Math.floor((b[3] + grow) / cell); gy++) { out.push(gx + "," + gy); }
      }
      return out;
    };
    for (var s = Math.min(fit, 1) / (look.zoom_step * look.zoom_step); s <= look.zoom_last * (1 + 1e-9) && done < order.length; s *= look.zoom_step) {
      var grid = new Map();
      var box = function (n, side, alt) {  // as kg.viz.layout.label_zooms: a node with its label on a side, or alone
        var p = pos[n.id], r = s * n.size;
        if (side === null) { return [s * p.x - r, s * p.y - r, s * p.x + r, s * p.y + r, rank.get(n.id)]; }
        return labelBox(s * p.x, s * p.y, r, width(n, alt), look.line_px, side).concat([-1]);
      };
      var put = function (b) {
        spots(b, 0).forEach(function (k) { if (!grid.has(k)) { grid.set(k, []); } grid.get(k).push(b); });
      };
      var free = function (b, mine) {
        return !spots(b, pad).some(function (k) {
          return (grid.get(k) || []).some(function (o) {
            return o[4] !== mine && (mine > 0 || o[4] < 0) && b[0] < o[2] + pad && o[0] < b[2] + pad && b[1] < o[3] + pad && o[1] < b[3] + pad;
          });
        });
      };
      order.forEach(function (n, i) { if (n.lz !== undefined || i < 1000) { put(box(n, n.lz !== undefined ? n.ls || 0 : null, n.lt)); } });
      order.forEach(function (n) {
        for (var alt = 0; alt < (n.short ? 2 : 1) && n.lz === undefined; alt++) {  // the short label if no room
          for (var side = 0; side < 4 && n.lz === undefined; side++) {
            var b = box(n, side, alt);
            if (free(b, rank.get(n.id)) && inside(n, s, side, alt)) {
              put(b); n.lz = s; n.ls = side; done += 1;
              if (alt) { n.lt = 1; }
            }
          }
        }
      });
    }
    sortLabels();
    kg.relabelMs = performance.now() - started;
  }
  // The box of a node at (x, y) of radius r with its label (width x line) on a side: 0 below, 1 right, 2 left,
  // 3 above (kg.viz.layout.label_box).
  function labelBox(x, y, r, width, line, side) {
    var half;
    if (side === 0 || side === 3) {
      half = Math.max(width / 2, r);
      return side === 0 ? [x - half, y - r, x + half, y + r + 2 + line] : [x - half, y - r - 2 - line, x + half, y + r];
    }
    half = Math.max(r, line / 2);
    return side === 1 ? [x - r, y - half, x + r + 4 + width, y + half] : [x - r - 4 - width, y - half, x + r, y + half];
  }
  var ALIGN = ["center", "left", "right", "center"], BASE = ["top", "middle", "middle", "bottom"];
  // Draws the labels due at ``scale`` (screen pixels per layout unit) inside a w x h viewport; ``at`` gives a
  // node's screen position, ``radius`` its drawn radius in screen pixels.
  function drawLabels(ctx, w, h, scale, at, radius, skip) {
    ctx.font = "12px sans-serif";
    ctx.lineWidth = 3;
    ctx.strokeStyle = "rgba(255,255,255,0.85)";
    ctx.fillStyle = "#222";
    var limit = scale * 1.0001, drawn = [], boxes = [];
    for (var i = 0; i < labels.order.length && labels.order[i].lz <= limit; i++) {
      var n = labels.order[i];
      if (!visible.has(n.id) || (skip && skip.has(n.id))) { continue; }
      var p = at(n);
      if (p.x < -200 || p.x > w + 200 || p.y < -40 || p.y > h + 40) { continue; }
      var side = n.ls || 0, r = radius(n), text = n.lt ? n.short : n.label;
      var x = side === 1 ? p.x + r + 4 : side === 2 ? p.x - r - 4 : p.x;
      var y = side === 0 ? p.y + r + 2 : side === 3 ? p.y - r - 2 : p.y;
      ctx.textAlign = ALIGN[side];
      ctx.textBaseline = BASE[side];
      ctx.strokeText(text, x, y);
      ctx.fillText(text, x, y);
      drawn.push(n.id);
      var tw = ctx.measureText(text).width;  // the text alone, as drawn
      var x0 = side === 1 ? x : side === 2 ? x - tw : x - tw / 2;
      var y0 = side === 0 ? y : side === 3 ? y - 12 : y - 6;
      boxes.push([x0, y0, x0 + tw, y0 + 12]);
    }
    ctx.textAlign = "start";
    ctx.textBaseline = "alphabetic";
    kg.labelsDrawn = drawn;
    kg.labelBoxes = boxes;  // screen pixels, as drawn (for the tests)
  }

  // Neighbours and links per node, built on first use (a selection or the year filter), not at load.
  var adjacentMap = null, edgesOfMap = null;
  function index() {
    adjacentMap = new Map();
    edgesOfMap = new Map();
    data.nodes.forEach(function (n) { adjacentMap.set(n.id, new Set()); edgesOfMap.set(n.id, []); });
    data.edges.forEach(function (e) {
      adjacentMap.get(e.from).add(e.to);
      adjacentMap.get(e.to).add(e.from);
      edgesOfMap.get(e.from).push(e);
      if (e.to !== e.from) { edgesOfMap.get(e.to).push(e); }
    });
  }
  var adjacent = { get: function (id) { if (!adjacentMap) { index(); } return adjacentMap.get(id); } };
  var edgesOf = { get: function (id) { if (!edgesOfMap) { index(); } return edgesOfMap.get(id); } };
  var hiddenLegend = new Set();
  data.legend.forEach(function (item) { if (item.on === false) { hiddenLegend.add(item.key); } });
  var minYear = null;
  var selected = null;
  var visible = new Set();
  var visibleEdges = new Set();

  // a lineage edge's legend entry is its kind (stated, name, inferred, candidate; generic: a link to a generic
  // architecture); other views' likewise (an authorship resting on a listing's owner: "listing"); any other link
  // is "plain", or "inferred-link" when inferred (kg.viz.records.edge_key)
  function edgeKey(e) { return "edge:" + (e.generic ? "generic" : e.how || (e.inferred ? "inferred-link" : "plain")); }
  function computeVisible() {
    var yearOk = new Set();
    data.nodes.forEach(function (n) {
      if (!(minYear !== null && n.dated && n.year < minYear)) { yearOk.add(n.id); }
    });
    if (minYear !== null) {  // undated nodes left with no neighbour of the chosen years go too
      data.nodes.forEach(function (n) {
        var around = adjacent.get(n.id);
        if (!n.dated && around.size > 0 && !Array.from(around).some(function (m) { return yearOk.has(m); })) {
          yearOk.delete(n.id);
        }
      });
    }
    visible = new Set();
    data.nodes.forEach(function (n) {
      if (yearOk.has(n.id) && !hiddenLegend.has(n.legend)) { visible.add(n.id); }
    });
    visibleEdges = new Set();
    data.edges.forEach(function (e) {
      if (visible.has(e.from) && visible.has(e.to) && !hiddenLegend.has(edgeKey(e))) { visibleEdges.add(e.id); }
    });
  }
  computeVisible();

  var pickName = data.renderer || "vis";
  var make = (window.kgRenderers || {})[pickName];
  var fallbackNote = null;
  var gpuName = "";
  if (pickName !== "vis") {
    var probe = document.createElement("canvas");
    var gl = null;
    try { gl = probe.getContext("webgl"); } catch (err) { gl = null; }
    if (gl) {
      var info = gl.getExtension("WEBGL_debug_renderer_info");
      gpuName = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      var lose = gl.getExtension("WEBGL_lose_context");
      if (lose) { lose.loseContext(); }  // give the probe's context back at once
    }
    if (!gl || !make) {
      fallbackNote = "This browser gives the page no WebGL, so it is drawn with vis-network instead of " +
        "sigma.js: slower on a graph this size.";
      pickName = "vis";
      make = window.kgRenderers.vis;
    }
  }
  if (pickName === "sigma") {  // sigma draws every node as a disc: so does the legend
    data.legend.forEach(function (item) { if (!item.line) { item.shape = "dot"; } });
  }
  var kg = window.kg = { ready: false, renderer: pickName, select: select, find: find, data: data,
                         visible: function () { return Array.from(visible); }, layouts: 0 };
  marks.indexed = performance.now();
  kg.marks = marks;
  var view = make(data, document.getElementById("kg-network"), {
    isVisible: function (id) { return visible.has(id); },
    isEdgeVisible: function (id) { return visibleEdges.has(id); },
    onSelect: function (id) { select(id); },
    onLink: function (id) { showLink(id); },
    onReady: markReady,
    node: function (id) { return byId.get(id); },
    drawLabels: labels ? drawLabels : null,
    relabel: labels ? relabel : null,
    gpuName: gpuName,
    kg: kg
  });
  if (fallbackNote) {
    var note = document.getElementById("kg-note");
    note.textContent = fallbackNote;
    note.hidden = false;
    kg.fallback = true;
  }
  if (data.note) {
    var dataNote = document.getElementById("kg-note");
    dataNote.textContent = (dataNote.hidden ? "" : dataNote.textContent + " ") + data.note;
    dataNote.hidden = false;
  }

  function markReady() {
    if (!kg.ready) {
      kg.ready = true;
      kg.readyMs = performance.now();
      var focused = data.view === "lineage" || data.view === "ego" ? null :
        data.nodes.find(function (n) { return n.focus; });
      setTimeout(function () {  // after the renderer's own start (the view exists)
        if (focused) {  // "--view collaboration --focus NAME": the person selected, with their links and panel
          select(focused.id);
          view.focus(focused.id);
        }
        document.body.setAttribute("data-ready", "1");
      }, 0);
      setTimeout(function () { if (!adjacentMap) { index(); } }, 50);  // ready for the first click
    }
  }
  if (data.nodes.length === 0) {  // said above the empty drawing, where the reader looks first, and in the panel
    document.getElementById("kg-details-empty").textContent = data.empty;
    var emptyNote = document.getElementById("kg-note");
    emptyNote.textContent = (emptyNote.hidden ? "" : emptyNote.textContent + " ") + data.empty;
    emptyNote.hidden = false;
    markReady();
  }

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }

  function grouped(n) {  // 49501 -> "49,501": thousands grouped the same in every locale
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }

  function showCount() {
    document.getElementById("kg-count").textContent =
      grouped(visible.size) + " of " + grouped(data.nodes.length) + " nodes, " + grouped(visibleEdges.size) +
      " of " + grouped(data.edges.length) + " links shown";
  }

  // Legend swatches are drawn in each node's real shape (or as the edge's line).
  function polygon(points) {
    var p = document.createElementNS(SVG, "polygon");
    p.setAttribute("points", points.map(function (xy) { return xy[0].toFixed(2) + "," + xy[1].toFixed(2); }).join(" "));
    return p;
  }
  function ring(count, radius, inner, turn) {
    var pts = [];
    for (var i = 0; i < count; i++) {
      var r = inner && i % 2 ? inner : radius;
      var a = turn + i * 2 * Math.PI / count;
      pts.push([8 + r * Math.cos(a), 8 + r * Math.sin(a)]);
    }
    return pts;
  }
  function swatch(item) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 16 16");
    svg.setAttribute("class", "kg-swatch");
    svg.setAttribute("data-shape", item.line ? "line-" + item.line : item.shape);
    var shape;
    if (item.line) {
      shape = document.createElementNS(SVG, "line");
      shape.setAttribute("x1", "1"); shape.setAttribute("y1", "8"); shape.setAttribute("x2", "15"); shape.setAttribute("y2", "8");
      shape.setAttribute("stroke", item.color);
      shape.setAttribute("stroke-width", "2.5");
      if (Array.isArray(item.dashes)) {  // the edges' own dash pattern, at the swatch's scale
        shape.setAttribute("stroke-dasharray", item.dashes.map(function (d) { return d / 2; }).join(" "));
      } else if (item.line === "dashed") {
        shape.setAttribute("stroke-dasharray", "3 2");
      } else if (item.line === "dotted") {
        shape.setAttribute("stroke-dasharray", "1 3");
      }
    } else {
      var s = item.shape;
      if (s === "dot" || s === "circle") {
        shape = document.createElementNS(SVG, "circle");
        shape.setAttribute("cx", "8"); shape.setAttribute("cy", "8"); shape.setAttribute("r", "6.5");
      } else if (s === "square" || s === "box") {
        shape = document.createElementNS(SVG, "rect");
        shape.setAttribute("x", "2"); shape.setAttribute("y", "2"); shape.setAttribute("width", "12"); shape.setAttribute("height", "12");
      } else if (s === "triangle") {
        shape = polygon(ring(3, 7, 0, -Math.PI / 2));
      } else if (s === "diamond") {
        shape = polygon(ring(4, 7, 0, -Math.PI / 2));
      } else if (s === "hexagon") {
        shape = polygon(ring(6, 7, 0, 0));
      } else if (s === "star") {
        shape = polygon(ring(10, 7.5, 3.2, -Math.PI / 2));
      } else {
        shape = document.createElementNS(SVG, "circle");
        shape.setAttribute("cx", "8"); shape.setAttribute("cy", "8"); shape.setAttribute("r", "6.5");
      }
      shape.setAttribute("fill", item.fill || item.color);  // a fill of its own: drawn hollow, as on the drawing
      shape.setAttribute("stroke", item.fill ? item.color : "rgba(0,0,0,0.35)");
      if (item.fill) { shape.setAttribute("stroke-width", "1.8"); }
    }
    svg.appendChild(shape);
    return svg;
  }

  // Legend: one checkbox per label, community or edge kind that shows or hides them.
  var legendList = document.getElementById("kg-legend-list");
  data.legend.forEach(function (item) {
    if (item.note) { legendList.appendChild(el("li", item.text, "kg-hint kg-legend-note")); return; }
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = item.on !== false;
    box.setAttribute("data-key", item.key);
    box.addEventListener("change", function () {
      if (box.checked) { hiddenLegend.delete(item.key); } else { hiddenLegend.add(item.key); }
      applyFilters(true);
    });
    label.appendChild(box);
    label.appendChild(swatch(item));
    label.appendChild(document.createTextNode(item.text));
    li.appendChild(label);
    legendList.appendChild(li);
  });
  if (data.legend.some(function (item) { return item.on === false; })) {
    legendList.appendChild(el("li", "Unchecked kinds are hidden; check one to add it " + (pickName === "vis" ?
      "(the layout makes room)." : "(next to what it links to; nothing else moves)."), "kg-hint"));
  }

  // Year filter: dated nodes older than the chosen year go, and so do undated nodes left without neighbours.
  var yearInput = document.getElementById("kg-year");
  var yearOut = document.getElementById("kg-year-value");
  if (data.years && data.years[0] < data.years[1]) {
    yearInput.min = data.years[0];
    yearInput.max = data.years[1];
    yearInput.value = data.years[0];
    yearOut.textContent = "all";
    yearInput.addEventListener("input", function () {
      var v = Number(yearInput.value);
      minYear = v > data.years[0] ? v : null;
      yearOut.textContent = minYear === null ? "all" : String(v);
      applyFilters(false);
    });
    yearInput.addEventListener("change", function () { applyFilters(true); });
  } else {
    document.getElementById("kg-year-box").hidden = true;
  }

  function applyFilters(relayout) {
    computeVisible();
    view.applyVisibility(visible, visibleEdges, relayout && !!data.relayout);
    if (selected !== null && !visible.has(selected)) { select(null); }
    else if (selected !== null) { view.highlight(selected, adjacent.get(selected), linksOf(selected)); }
    showCount();
  }

  function linksOf(id) {
    return edgesOf.get(id).filter(function (e) { return visibleEdges.has(e.id); });
  }

  function detailLine(text) { return el("p", text, "kg-meta"); }

  function whenLine(n) {
    if (n.kind === "Paper") { return n.date ? "Date: " + n.date : (n.year !== undefined ? "Year: " + n.year : null); }
    if (n.kind !== "Model" && n.kind !== "Dataset") { return null; }  // an author, organization or topic: no date
    if (n.year === undefined) {
      return "Undated: no dated paper in this graph is linked to it (drawn beside the models it is linked to)";
    }
    if (n.when === "first seen") { return "First seen: " + n.year + " (no introducing paper in this graph)"; }
    return "Introduced: " + (n.paper && n.paper.date ? n.paper.date : n.year);
  }

  function showDetails(id) {
    var body = document.getElementById("kg-details-body");
    body.replaceChildren();
    document.getElementById("kg-details-empty").hidden = id !== null;
    if (id === null) { return; }
    var n = byId.get(id);
    body.appendChild(el("h3", n.name));
    body.appendChild(detailLine(n.kind + " \u00b7 " + n.id));
    var w = whenLine(n);
    if (w) { body.appendChild(detailLine(w)); }
    if (n.paper) {
      body.appendChild(detailLine((n.paper.how === "introduced" ? "Introduced by: " : "First named in: ") +
                                  n.paper.title + (n.paper.date ? " (" + n.paper.date + ")" : "")));
    }
    if (n.hidden_parents && n.hidden_parents.length) {
      body.appendChild(detailLine("Also builds on (not shown): " + n.hidden_parents.join(", ")));
    }
    if (n.authors && n.authors.length) {
      body.appendChild(detailLine("Authors: " + n.authors.join(", ") + (n.authors_truncated ? ", et al." : "")));
    }
    if (n.papers !== undefined) {
      body.appendChild(detailLine("Papers: " + n.papers + (n.community ? ", community #" + n.community : ", no co-author")));
    }
    if (n.abstract) { body.appendChild(el("p", n.abstract, "kg-abstract")); }
    var links = edgesOf.get(id);
    if (links.length) {
      body.appendChild(el("h4", "Links (" + grouped(links.length) + ")"));
      var list = el("ul");
      links.forEach(function (e) {
        var out = e.from === id;
        var other = byId.get(out ? e.to : e.from);
        var li = el("li");
        var verb = e.kind === "BUILDS_ON" ? (out ? "builds on " : "built on by ") : (out ? e.kind + " \u2192 " : e.kind + " \u2190 ");
        li.appendChild(el("strong", verb));
        li.appendChild(document.createTextNode(other.name + (visibleEdges.has(e.id) ? "" : " (hidden)")));
        describeLink(li, e);
        list.appendChild(li);
      });
      body.appendChild(list);
    }
  }

  // What a link rests on: its kind, score and rule, then its evidence sentences.
  function describeLink(parent, e) {
    var how = null;
    if (e.kind === "BUILDS_ON") {
      var kind = e.how || (e.inferred ? "inferred" : "stated");
      how = { stated: "stated in the abstract", name: "name relation only" }[kind] ||
        kind + (e.score !== undefined ? ", score " + e.score : "");
      if (e.generic) { how += ", to a generic architecture"; }
      if (e.rule) { how += " (" + e.rule.join(", ") + ")"; }
    } else if (e.score !== undefined || e.inferred) {
      how = e.score !== undefined ? "score " + e.score : "";
      if (e.inferred) { how += (how ? ", " : "") + "inferred" + (e.rule ? " by " + e.rule.join(", ") : ""); }
    }
    if (how !== null) { parent.appendChild(el("div", how, "kg-score")); }
    (e.evidence || []).forEach(function (text) { parent.appendChild(el("blockquote", text)); });
  }

  // A clicked link: its two ends and what it rests on, in the details panel.
  var edgeById = null;
  function showLink(eid) {
    if (!edgeById) { edgeById = new Map(data.edges.map(function (e) { return [e.id, e]; })); }
    var e = edgeById.get(eid);
    select(null);
    if (!e) { return; }
    document.getElementById("kg-details-empty").hidden = true;
    var body = document.getElementById("kg-details-body");
    var a = byId.get(e.from), b = byId.get(e.to);
    body.appendChild(el("h3", a.name + (e.kind === "BUILDS_ON" ? " builds on " : " " + e.kind + " \u2192 ") + b.name));
    body.appendChild(detailLine("Link \u00b7 " + a.id + " \u2192 " + b.id));
    describeLink(body, e);
  }

  function select(id) {
    selected = id;
    view.highlight(id, id === null ? null : adjacent.get(id), id === null ? [] : linksOf(id));
    showDetails(id);
  }

  // Search: an exact name, title or id first, else the first visible node whose name, title or id contains
  // the text. "no match" clears the selection and the panel.
  function find(text) {
    var q = String(text).trim().toLowerCase();
    var status = document.getElementById("kg-search-status");
    if (!q) { status.textContent = ""; return null; }
    var exact = null, partial = null, hidden = 0;
    for (var i = 0; i < data.nodes.length && exact === null; i++) {
      var n = data.nodes[i];
      var keys = [n.name.toLowerCase(), n.id.toLowerCase(), String(n.title || "").toLowerCase()];
      var isExact = keys.indexOf(q) >= 0;
      var isPartial = keys.some(function (k) { return k.indexOf(q) >= 0; });
      if (!isPartial) { continue; }
      if (!visible.has(n.id)) { hidden += 1; continue; }
      if (isExact) { exact = n.id; } else if (partial === null) { partial = n.id; }
    }
    var hit = exact !== null ? exact : partial;
    if (hit === null) {
      status.textContent = hidden ? "no match shown (" + hidden + " hidden by the filters)" : "no match";
      select(null);
      return null;
    }
    status.textContent = "";
    select(hit);
    view.focus(hit);
    return hit;
  }
  var search = document.getElementById("kg-search");
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { find(search.value); } });
  document.getElementById("kg-search-go").addEventListener("click", function () { find(search.value); });

  marks.built = performance.now();
  kg.positions = function () { return view.positions(); };
  showCount();
  view.start();
})();
