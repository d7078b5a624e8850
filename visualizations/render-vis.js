// vis-network renderer of the paper-kg viewer (pages below the big-graph threshold, and the fallback when
// a page gets no WebGL). Positions come precomputed from Python; physics runs only to make room after a
// filter change, for a fixed number of steps from those positions, so the picture stays reproducible.
(function () {
  "use strict";
  window.kgRenderers = window.kgRenderers || {};
  window.kgRenderers.vis = function (data, container, hooks) {
    var nodes = new vis.DataSet(data.nodes);
    var edges = new vis.DataSet(data.edges);
    var nodeView = new vis.DataView(nodes, { filter: function (n) { return hooks.isVisible(n.id); } });
    var edgeView = new vis.DataView(edges, { filter: function (e) { return hooks.isEdgeVisible(e.id); } });
    var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
    var kg = hooks.kg;
    kg.network = network;
    kg.nodes = nodes;
    kg.edges = edges;
    kg.axisDrawn = [];

    if (data.axis) {  // the lineage view's time axis: shaded year bands and the years along the top
      network.on("beforeDrawing", function (ctx) {
        var top = network.DOMtoCanvas({ x: 0, y: 0 }).y;
        var bottom = network.DOMtoCanvas({ x: 0, y: container.clientHeight }).y;
        data.axis.forEach(function (band, i) {
          ctx.fillStyle = i % 2 ? "rgba(0,0,0,0.035)" : "rgba(0,0,0,0)";
          ctx.fillRect(band.x0, top, band.x1 - band.x0, bottom - top);
        });
      });
      network.on("afterDrawing", function (ctx) {
        var scale = network.getScale();
        var top = network.DOMtoCanvas({ x: 0, y: 0 }).y;
        var size = 14 / scale;
        ctx.save();
        ctx.fillStyle = "rgba(250,250,250,0.9)";
        var left = network.DOMtoCanvas({ x: 0, y: 0 }).x;
        var right = network.DOMtoCanvas({ x: container.clientWidth, y: 0 }).x;
        ctx.fillRect(left, top, right - left, 24 / scale);
        ctx.font = "bold " + size + "px sans-serif";
        ctx.fillStyle = "#333";
        ctx.textAlign = "center";
        ctx.textBaseline = "top";
        var drawn = [];
        data.axis.forEach(function (band) {
          var x = (band.x0 + band.x1) / 2;
          ctx.fillText(band.label, x, top + 5 / scale);
          drawn.push({ label: band.label, x: network.canvasToDOM({ x: x, y: top }).x,
                       x0: network.canvasToDOM({ x: band.x0, y: top }).x,
                       x1: network.canvasToDOM({ x: band.x1, y: top }).x });
        });
        ctx.restore();
        kg.axisDrawn = drawn;
      });
    }

    function positions() {
      var ids = data.nodes.map(function (n) { return n.id; }).filter(hooks.isVisible);
      return network.getPositions(ids);
    }

    function relayout() {
      var opts = { enabled: true, solver: data.relayout.solver, stabilization: false };
      opts[data.relayout.solver] = data.relayout[data.relayout.solver];
      network.setOptions({ physics: opts });
      network.once("stabilized", function () {
        network.setOptions({ physics: { enabled: false } });
        network.fit({ animation: false });
        kg.layouts += 1;
      });
      network.stabilize(data.relayout.iterations);
    }

    // Neighbour highlighting: on small pages everything not linked to the selected node fades; on big ones
    // (data.fade false), where every DataSet update costs a pass over the page, the node, its neighbours and
    // its links are selected together instead, which vis-network draws highlighted at no data cost.
    function highlight(id, around, links) {
      if (data.fade) {
        nodes.update(data.nodes.map(function (n) {
          var on = id === null || n.id === id || around.has(n.id);
          return { id: n.id, color: on ? n.color : data.faded };
        }));
        edges.update(data.edges.map(function (e) {
          var on = id === null || e.from === id || e.to === id;
          return { id: e.id, color: on ? e.color : data.faded };
        }));
      }
      if (id === null) { network.unselectAll(); return; }
      if (data.fade) { network.selectNodes([id]); return; }
      var shown = Array.from(around).filter(hooks.isVisible);
      network.setSelection({ nodes: [id].concat(shown), edges: links.map(function (e) { return e.id; }) },
                           { unselectAll: true, highlightEdges: false });
    }

    network.on("click", function (params) { hooks.onSelect(params.nodes.length ? params.nodes[0] : null); });

    return {
      applyVisibility: function (visible, visibleEdges, again) {
        nodeView.refresh();
        edgeView.refresh();
        if (again) { relayout(); }
      },
      highlight: highlight,
      focus: function (id) { network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: false }); },
      positions: positions,
      start: function () {
        network.once("afterDrawing", hooks.onReady);
        network.redraw();
      }
    };
  };
})();
