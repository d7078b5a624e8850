// paper-kg viewer: legend + type filter, year filter, search, details panel, neighbour highlighting.
// Every text from the graph goes through textContent; nothing here parses HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var byId = new Map();
  var adjacent = new Map();
  var edgesOf = new Map();
  data.nodes.forEach(function (n) { byId.set(n.id, n); adjacent.set(n.id, new Set()); edgesOf.set(n.id, []); });
  data.edges.forEach(function (e) {
    adjacent.get(e.from).add(e.to);
    adjacent.get(e.to).add(e.from);
    edgesOf.get(e.from).push(e);
    if (e.to !== e.from) { edgesOf.get(e.to).push(e); }
  });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var visible = new Set(byId.keys());
  var hiddenLegend = new Set();
  var minYear = null;
  var selected = null;
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return visible.has(n.id); } });
  var edgeView = new vis.DataView(edges, {
    filter: function (e) { return visible.has(e.from) && visible.has(e.to); }
  });
  var network = new vis.Network(document.getElementById("kg-network"),
                                { nodes: nodeView, edges: edgeView }, data.options);
  var kg = window.kg = { network: network, nodes: nodes, edges: edges, ready: false, select: select, find: find };

  function markReady() {
    if (!kg.ready) {
      kg.ready = true;
      kg.readyMs = performance.now();
      document.body.setAttribute("data-ready", "1");
    }
  }
  if (data.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      markReady();
    });
  } else {
    network.once("afterDrawing", markReady);
  }
  if (data.nodes.length === 0) {
    document.getElementById("kg-details-empty").textContent = data.empty;
    markReady();
  }

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }

  function showCount() {
    document.getElementById("kg-count").textContent =
      visible.size + " of " + data.nodes.length + " nodes, " + data.edges.length + " links";
  }

  // Legend: one checkbox per label (or community) that shows or hides its nodes.
  var legendList = document.getElementById("kg-legend-list");
  data.legend.forEach(function (item) {
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.addEventListener("change", function () {
      if (box.checked) { hiddenLegend.delete(item.key); } else { hiddenLegend.add(item.key); }
      applyFilters();
    });
    var swatch = el("span", null, "kg-swatch " + item.shape);
    swatch.style.background = item.color;
    label.appendChild(box);
    label.appendChild(swatch);
    label.appendChild(document.createTextNode(item.text));
    li.appendChild(label);
    legendList.appendChild(li);
  });

  // Year filter: dated nodes older than the chosen year go, and so do undated nodes left without neighbours.
  var yearInput = document.getElementById("kg-year");
  var yearOut = document.getElementById("kg-year-value");
  if (data.years) {
    yearInput.min = data.years[0];
    yearInput.max = data.years[1];
    yearInput.value = data.years[0];
    yearOut.textContent = "all";
    yearInput.addEventListener("input", function () {
      var v = Number(yearInput.value);
      minYear = v > data.years[0] ? v : null;
      yearOut.textContent = minYear === null ? "all" : String(v);
      applyFilters();
    });
  } else {
    document.getElementById("kg-year-box").hidden = true;
  }

  function applyFilters() {
    var yearOk = new Set();
    data.nodes.forEach(function (n) {
      if (!(minYear !== null && n.dated && n.year < minYear)) { yearOk.add(n.id); }
    });
    if (minYear !== null) {
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
    nodeView.refresh();
    edgeView.refresh();
    if (selected !== null && !visible.has(selected)) { select(null); }
    showCount();
  }

  // Neighbour highlighting: on small pages everything not linked to the selected node fades; on big ones
  // (data.fade false), where every DataSet update costs a pass over the whole page, the node, its neighbours
  // and its links are selected together instead, which vis-network draws highlighted at no data cost.
  function highlight(id) {
    if (data.fade) {
      var keep = id === null ? null : adjacent.get(id);
      nodes.update(data.nodes.map(function (n) {
        var on = keep === null || n.id === id || keep.has(n.id);
        return { id: n.id, color: on ? n.color : data.faded };
      }));
      edges.update(data.edges.map(function (e) {
        var on = id === null || e.from === id || e.to === id;
        return { id: e.id, color: on ? e.color : data.faded };
      }));
    }
    if (id === null) { network.unselectAll(); return; }
    if (data.fade) { network.selectNodes([id]); return; }
    var around = Array.from(adjacent.get(id)).filter(function (m) { return visible.has(m); });
    var links = edgesOf.get(id).filter(function (e) { return visible.has(e.from) && visible.has(e.to); });
    network.setSelection({ nodes: [id].concat(around), edges: links.map(function (e) { return e.id; }) },
                         { unselectAll: true, highlightEdges: false });
  }

  function detailLine(text) { return el("p", text, "kg-meta"); }

  function showDetails(id) {
    var body = document.getElementById("kg-details-body");
    body.replaceChildren();
    document.getElementById("kg-details-empty").hidden = id !== null;
    if (id === null) { return; }
    var n = byId.get(id);
    body.appendChild(el("h3", n.name));
    body.appendChild(detailLine(n.kind + " \u00b7 " + n.id));
    if (n.date) { body.appendChild(detailLine("Date: " + n.date)); }
    else if (n.year !== undefined) { body.appendChild(detailLine((n.dated ? "Year: " : "First seen: ") + n.year)); }
    if (n.authors && n.authors.length) {
      body.appendChild(detailLine("Authors: " + n.authors.join(", ") + (n.authors_truncated ? ", et al." : "")));
    }
    if (n.papers !== undefined) { body.appendChild(detailLine("Papers: " + n.papers + ", community " + n.community)); }
    if (n.abstract) { body.appendChild(el("p", n.abstract, "kg-abstract")); }
    var links = edgesOf.get(id);
    if (links.length) {
      body.appendChild(el("h4", "Links (" + links.length + ")"));
      var list = el("ul");
      links.forEach(function (e) {
        var out = e.from === id;
        var other = byId.get(out ? e.to : e.from);
        var li = el("li");
        li.appendChild(el("strong", e.kind));
        li.appendChild(document.createTextNode((out ? " \u2192 " : " \u2190 ") + other.name));
        (e.evidence || []).forEach(function (text) { li.appendChild(el("blockquote", text)); });
        if (e.score !== undefined || e.inferred) {
          var how = e.score !== undefined ? "score " + e.score : "";
          if (e.inferred) { how += (how ? ", " : "") + "inferred" + (e.rule ? " by " + e.rule.join(", ") : ""); }
          li.appendChild(el("div", how, "kg-score"));
        }
        list.appendChild(li);
      });
      body.appendChild(list);
    }
  }

  function select(id) {
    selected = id;
    highlight(id);
    showDetails(id);
  }

  network.on("click", function (params) { select(params.nodes.length ? params.nodes[0] : null); });

  // Search: an exact name or id first, else the first visible name containing the text.
  function find(text) {
    var q = String(text).trim().toLowerCase();
    var status = document.getElementById("kg-search-status");
    if (!q) { status.textContent = ""; return null; }
    var exact = null, partial = null;
    for (var i = 0; i < data.nodes.length && exact === null; i++) {
      var n = data.nodes[i];
      if (!visible.has(n.id)) { continue; }
      var name = n.name.toLowerCase();
      if (name === q || n.id.toLowerCase() === q) { exact = n.id; }
      else if (partial === null && name.indexOf(q) >= 0) { partial = n.id; }
    }
    var hit = exact !== null ? exact : partial;
    status.textContent = hit === null ? "no match" : "";
    if (hit !== null) {
      select(hit);
      network.focus(hit, { scale: 1.5, animation: false });
    }
    return hit;
  }
  var search = document.getElementById("kg-search");
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { find(search.value); } });
  document.getElementById("kg-search-go").addEventListener("click", function () { find(search.value); });

  showCount();
})();
