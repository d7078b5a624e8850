// sigma.js renderer of the paper-kg viewer, for big graphs (above style.json's big.sigma_min_nodes).
// Positions come precomputed from Python. Labels appear by zoom (sigma's label grid); the selection, its
// neighbours and links, and the lineage time axis are drawn on a 2-D canvas layer of their own, so a
// selection costs one small drawing, not a redraw of the graph. With software WebGL (SwiftShader, as in
// headless Chromium and --png) it draws cheaply: square points, 1-px lines, no edges while moving.
(function () {
  "use strict";
  window.kgRenderers = window.kgRenderers || {};
  window.kgRenderers.sigma = function (data, container, hooks) {
    var S = window.KGSigma;
    var kg = hooks.kg;
    var gpuName = hooks.gpuName || "";
    var software = /swiftshader|llvmpipe|softpipe|software/i.test(gpuName);
    var cheap = software || !!data.cheap;
    kg.gpu = { renderer: gpuName, software: software, cheap: cheap };

    var t0 = performance.now();
    // A simple directed graph (faster to build and draw than a multigraph): of several links between one
    // pair of nodes the first is drawn, the panel lists them all. Filters set the ``hidden`` attribute
    // (no reducers: sigma then reads the attributes as they are).
    var graph = new S.Graph({ multi: false, type: "directed", allowSelfLoops: true });
    // Nodes hidden at first (kinds shown on demand) and their links join the graph when first shown: the
    // first frame waits only for what it draws.
    var pending = [], pendingEdges = [];
    function addNode(n) {
      graph.addNode(n.id, { x: n.x, y: -n.y, size: Math.max(1.5, (n.size || 6) * (cheap ? 0.35 : 0.45)),
                            color: n.color && n.color.border ? n.color.border : n.color, label: n.name,
                            hidden: !hooks.isVisible(n.id) });
    }
    function addEdge(e) {
      if (graph.hasDirectedEdge(e.from, e.to)) { return; }
      graph.addDirectedEdgeWithKey(String(e.id), e.from, e.to, {
        color: e.color, size: cheap ? 0.5 : Math.max(0.5, (e.width || 1) * 0.6), hidden: !hooks.isEdgeVisible(e.id) });
    }
    data.nodes.forEach(function (n) { if (hooks.isVisible(n.id)) { addNode(n); } else { pending.push(n); } });
    data.edges.forEach(function (e) {
      if (graph.hasNode(e.from) && graph.hasNode(e.to)) { addEdge(e); } else { pendingEdges.push(e); }
    });
    function addPending() {
      var left = [];
      pending.forEach(function (n) { if (hooks.isVisible(n.id)) { addNode(n); } else { left.push(n); } });
      if (left.length === pending.length) { return false; }
      pending = left;
      var rest = [];
      pendingEdges.forEach(function (e) {
        if (graph.hasNode(e.from) && graph.hasNode(e.to)) { addEdge(e); } else { rest.push(e); }
      });
      pendingEdges = rest;
      return true;
    }
    kg.marks.graph = performance.now() - t0;
    var renderer = new S.Sigma(graph, container, {
      nodeProgramClasses: { circle: cheap ? S.NodePointProgram : S.NodeCircleProgram },
      defaultNodeType: "circle",
      edgeProgramClasses: { line: cheap ? S.EdgeLineProgram : S.EdgeRectangleProgram },
      defaultEdgeType: "line",
      hideEdgesOnMove: true,
      hideLabelsOnMove: cheap,
      renderLabels: !hooks.drawLabels,  // force-laid views: the page draws the labels (see viewer.js)
      labelRenderedSizeThreshold: cheap ? 9 : 6,
      labelDensity: 0.7,
      labelGridCellSize: 120,
      renderEdgeLabels: false,
      zIndex: false
    });
    kg.marks.sigma = performance.now() - t0;
    kg.sigma = renderer;
    kg.graph = graph;
    kg.axisDrawn = [];

    // The selection layer: a plain 2-D canvas over sigma's canvases, redrawn after each sigma frame.
    var layer = document.createElement("canvas");
    layer.className = "kg-layer";
    container.appendChild(layer);
    var chosen = null;
    function drawLayer() {
      var ratio = window.devicePixelRatio || 1;
      var w = container.clientWidth, h = container.clientHeight;
      if (layer.width !== Math.round(w * ratio) || layer.height !== Math.round(h * ratio)) {
        layer.width = Math.round(w * ratio);
        layer.height = Math.round(h * ratio);
        layer.style.width = w + "px";
        layer.style.height = h + "px";
      }
      var ctx = layer.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, w, h);
      if (data.axis) { drawAxis(ctx); }
      var at = function (id) {
        var a = graph.getNodeAttributes(id);
        return renderer.graphToViewport({ x: a.x, y: a.y });
      };
      if (hooks.drawLabels) {
        var o = renderer.graphToViewport({ x: 0, y: 0 }), e = renderer.graphToViewport({ x: 1000, y: 0 });
        hooks.drawLabels(ctx, w, h, Math.abs(e.x - o.x) / 1000, function (n) { return at(n.id); }, function (n) {
          return graph.hasNode(n.id) ? renderer.getNodeDisplayData(n.id).size : 2;
        });
      }
      if (chosen === null) { return; }
      var me = at(chosen.id);
      ctx.lineWidth = 2;
      ctx.strokeStyle = "rgba(40,40,40,0.85)";
      chosen.links.forEach(function (e) {
        var a = at(e.from), b = at(e.to);
        ctx.beginPath(); ctx.moveTo(a.x, a.y); ctx.lineTo(b.x, b.y); ctx.stroke();
      });
      ctx.font = "12px sans-serif";
      function tag(text, x, y) {  // a label on a white ground, over whatever sigma drew there
        var w = ctx.measureText(text).width;
        ctx.fillStyle = "rgba(255,255,255,0.92)";
        ctx.fillRect(x - 2, y - 12, w + 4, 16);
        ctx.fillStyle = "#111";
        ctx.fillText(text, x, y);
      }
      chosen.around.forEach(function (id) {
        if (!hooks.isVisible(id)) { return; }
        var p = at(id);
        ctx.fillStyle = graph.getNodeAttribute(id, "color");
        ctx.beginPath(); ctx.arc(p.x, p.y, 5, 0, 2 * Math.PI); ctx.fill();
        ctx.strokeStyle = "#222"; ctx.lineWidth = 1; ctx.stroke();
        tag(graph.getNodeAttribute(id, "label"), p.x + 8, p.y + 4);
      });
      ctx.fillStyle = graph.getNodeAttribute(chosen.id, "color");
      ctx.beginPath(); ctx.arc(me.x, me.y, 9, 0, 2 * Math.PI); ctx.fill();
      ctx.lineWidth = 3; ctx.strokeStyle = "#111"; ctx.stroke();
      ctx.font = "bold 14px sans-serif";
      tag(graph.getNodeAttribute(chosen.id, "label"), me.x + 12, me.y + 5);
      kg.selectionDrawnMs = performance.now();
    }
    function drawAxis(ctx) {  // each family's title and years along the top of its block
      var at = function (x, y) { return renderer.graphToViewport({ x: x, y: -y }); };
      ctx.fillStyle = "#555";
      ctx.font = "12px sans-serif";
      ctx.textAlign = "left";
      (data.blocks || []).forEach(function (b) {
        var p = at(b.x0, b.y0), q = at(b.x1, b.y1);
        ctx.strokeStyle = "rgba(0,0,0,0.16)";
        ctx.lineWidth = 1;
        ctx.strokeRect(p.x, p.y, q.x - p.x, q.y - p.y);
        ctx.fillText(b.title, p.x + 6, p.y + 14);
      });
      ctx.font = "bold 13px sans-serif";
      ctx.fillStyle = "#333";
      ctx.textAlign = "center";
      var drawn = [];
      data.axis.forEach(function (band) {
        var x0 = at(band.x0, band.y).x, x1 = at(band.x1, band.y).x, y = at(band.x0, band.y + 24).y;
        ctx.fillText(band.label, (x0 + x1) / 2, y + 12);
        drawn.push({ label: band.label, x: (x0 + x1) / 2, x0: x0, x1: x1, y: y });
      });
      ctx.textAlign = "start";
      kg.axisDrawn = drawn;
    }
    renderer.on("afterRender", drawLayer);
    renderer.on("clickNode", function (ev) { hooks.onSelect(ev.node); });
    renderer.on("clickStage", function () { hooks.onSelect(null); });

    return {
      applyVisibility: function () {
        // hidden only changes what is drawn; nodes just added still need sigma's full indexing
        // (sigma re-indexes nodes on updates of no named attribute, edges on updates naming zIndex)
        var added = pending.length && addPending();
        graph.updateEachNodeAttributes(function (id, attrs) { attrs.hidden = !hooks.isVisible(id); return attrs; },
                                       added ? {} : { attributes: ["hidden"] });
        graph.updateEachEdgeAttributes(function (id, attrs) { attrs.hidden = !hooks.isEdgeVisible(Number(id)); return attrs; },
                                       { attributes: added ? ["hidden", "zIndex"] : ["hidden"] });
      },
      highlight: function (id, around, links) {
        chosen = id === null ? null : { id: id, around: Array.from(around).filter(hooks.isVisible), links: links };
        requestAnimationFrame(drawLayer);
      },
      focus: function (id) {
        var d = renderer.getNodeDisplayData(id);
        if (d) { renderer.getCamera().setState({ x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, 0.15) }); }
      },
      positions: function () {
        var out = {};
        data.nodes.forEach(function (n) {
          if (hooks.isVisible(n.id)) {
            var a = graph.getNodeAttributes(n.id);
            out[n.id] = { x: a.x, y: -a.y };
          }
        });
        return out;
      },
      start: function () {
        // sigma's constructor has drawn the first frame already (a second refresh would redo all of it)
        drawLayer();
        requestAnimationFrame(hooks.onReady);
      }
    };
  };
})();
