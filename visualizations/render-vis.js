// vis-network renderer of the paper-kg viewer (pages below the big-graph threshold, and the fallback when
// a page gets no WebGL). Positions come precomputed from Python; physics runs only to make room after a
// filter change, for a fixed number of steps from those positions, so the picture stays reproducible.
(function () {
  "use strict";
  window.kgRenderers = window.kgRenderers || {};
  window.kgRenderers.vis = function (data, container, hooks) {
    // Force-laid views: the page draws the labels (hooks.drawLabels); vis-network shows the name on hover.
    // vis-network draws a node that has a value at a size scaled from it, not at its size: the page's labels
    // and the layout's room are measured from the size, so the value stays out of what vis-network reads.
    var nodes = new vis.DataSet(data.nodes.map(function (n) {
      var copy = Object.assign({}, n);
      delete copy.value;
      if (hooks.drawLabels) { delete copy.label; }
      return copy;
    }));
    var edges = new vis.DataSet(data.edges);
    var nodeView = new vis.DataView(nodes, { filter: function (n) { return hooks.isVisible(n.id); } });
    var edgeView = new vis.DataView(edges, { filter: function (e) { return hooks.isEdgeVisible(e.id); } });
    var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
    var kg = hooks.kg;
    kg.network = network;
    kg.nodes = nodes;
    kg.edges = edges;
    kg.axisDrawn = [];

    if (data.axis) {  // the lineage view: one framed block per family, with its title and its years on top
      var blocks = data.blocks || [];
      network.on("beforeDrawing", function (ctx) {
        ctx.save();
        blocks.forEach(function (b) {
          ctx.fillStyle = "rgba(0,0,0,0.018)";
          ctx.strokeStyle = "rgba(0,0,0,0.16)";
          ctx.lineWidth = 1;
          ctx.fillRect(b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0);
          ctx.strokeRect(b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0);
        });
        var shade = false, last = null;
        data.axis.forEach(function (band) {  // every other year of a block shaded, below the block's title
          var b = blocks.find(function (k) { return k.y0 === band.y && k.x0 <= band.x0 && band.x1 <= k.x1; });
          shade = b === last ? !shade : false;
          last = b;
          if (shade && b) {
            ctx.fillStyle = "rgba(0,0,0,0.035)";
            ctx.fillRect(band.x0, band.y + 20, band.x1 - band.x0, b.y1 - band.y - 20);
          }
        });
        ctx.restore();
      });
      network.on("afterDrawing", function (ctx) {
        ctx.save();
        ctx.fillStyle = "#555";
        ctx.textBaseline = "top";
        ctx.font = "13px sans-serif";
        ctx.textAlign = "left";
        blocks.forEach(function (b) { ctx.fillText(b.title, b.x0 + 8, b.y0 + 5); });
        ctx.font = "bold 14px sans-serif";
        ctx.fillStyle = "#333";
        ctx.textAlign = "center";
        var drawn = [];
        data.axis.forEach(function (band) {
          var x = (band.x0 + band.x1) / 2;
          ctx.fillText(band.label, x, band.y + 24);
          drawn.push({ label: band.label, x: network.canvasToDOM({ x: x, y: band.y }).x,
                       x0: network.canvasToDOM({ x: band.x0, y: band.y }).x,
                       x1: network.canvasToDOM({ x: band.x1, y: band.y }).x,
                       y: network.canvasToDOM({ x: x, y: band.y + 24 }).y });
        });
        ctx.restore();
        kg.axisDrawn = drawn;
      });
    }

    var chosen = null;
    if (hooks.drawLabels) {
      network.on("afterDrawing", function (ctx) {
        var view = network.body.view, scale = view.scale, shift = view.translation;
        var ratio = window.devicePixelRatio || 1;
        var at = function (n) {
          var b = network.body.nodes[n.id];
          return { x: b.x * scale + shift.x, y: b.y * scale + shift.y };
        };
        var radius = function (n) { return n.size * scale; };
        ctx.save();
        ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
        hooks.drawLabels(ctx, container.clientWidth, container.clientHeight, scale, at, radius,
                         chosen === null ? null : new Set(chosen));
        if (chosen !== null) {  // the selection and its neighbours named, bold, each on a side clear of the
          ctx.font = "bold 12px sans-serif";  // labels drawn and of each other (the selection's always drawn)
          var taken = (kg.labelBoxes || []).slice(), named = [];
          chosen.forEach(function (id, i) {
            var n = hooks.node(id);
            if (!n || !hooks.isVisible(id)) { return; }
            var p = at(n), text = n.label || n.name, w = ctx.measureText(text).width, r = radius(n);
            var boxes = [[p.x - w / 2 - 2, p.y + r + 1, p.x + w / 2 + 2, p.y + r + 17],
                         [p.x + r + 3, p.y - 8, p.x + r + w + 7, p.y + 8],
                         [p.x - r - w - 7, p.y - 8, p.x - r - 3, p.y + 8],
                         [p.x - w / 2 - 2, p.y - r - 17, p.x + w / 2 + 2, p.y - r - 1]];
            var b = boxes.find(function (c) {
              return !taken.some(function (o) { return c[0] < o[2] && o[0] < c[2] && c[1] < o[3] && o[1] < c[3]; });
            });
            if (!b && i === 0) { b = boxes[0]; }
            if (!b) { return; }  // no room: named on hover, and in the panel
            taken.push(b);
            named.push(id);
            ctx.fillStyle = "rgba(255,255,255,0.92)";
            ctx.fillRect(b[0], b[1], b[2] - b[0], b[3] - b[1]);
            ctx.fillStyle = "#111";
            ctx.textAlign = "left";
            ctx.textBaseline = "middle";
            ctx.fillText(text, b[0] + 2, (b[1] + b[3]) / 2);
          });
          kg.chosenBoxes = taken.slice((kg.labelBoxes || []).length);  // screen pixels (for the tests)
          kg.chosenNamed = named;
        }
        ctx.restore();
      });
    }

    // A force-laid view opens at the zoom its labels were placed for (data.labels.frame, fitting the nodes
    // shown into labels.view_px: kg.viz._size_and_label), scaled to the window, on the centre of those nodes;
    // false without a frame.
    function openFrame() {
      var f = data.labels && data.labels.frame;
      if (!f || !data.nodes.length) { return false; }
      var vw = data.labels.view_px[0], vh = data.labels.view_px[1];
      var ratio = Math.min(container.clientWidth / vw, container.clientHeight / vh);
      network.moveTo({ position: { x: f.cx, y: f.cy }, scale: Math.min(f.fit * ratio, 1), animation: false });
      kg.opened = network.getScale();
      return true;
    }

    function positions() {
      var ids = data.nodes.map(function (n) { return n.id; }).filter(hooks.isVisible);
      return network.getPositions(ids);
    }

    function relayout() {
      var opts = { enabled: true, solver: data.relayout.solver, stabilization: false };
      opts[data.relayout.solver] = data.relayout[data.relayout.solver];
      network.setOptions({ physics: opts });
      // after the fixed number of steps (not "stabilized", which waits, drawing, until nothing moves)
      network.once("stabilizationIterationsDone", function () {
        network.setOptions({ physics: { enabled: false } });
        if (hooks.relabel) {
          var ids = data.nodes.map(function (n) { return n.id; }).filter(hooks.isVisible);
          hooks.relabel(network.getPositions(ids), ids);
        }
        if (!openFrame()) { network.fit({ animation: false }); }
        kg.layouts += 1;
      });
      network.stabilize(data.relayout.iterations);
    }

    // Neighbour highlighting: on small pages everything not linked to the selected node fades; on big ones
    // (data.fade false), where every DataSet update costs a pass over the page, the node, its neighbours and
    // its links are selected together instead, which vis-network draws highlighted at no data cost.
    function highlight(id, around, links) {
      chosen = id === null ? null : [id].concat(Array.from(around));
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

    network.on("click", function (params) {  // a node, else a link (its evidence in the panel), else nothing
      if (params.nodes.length) { hooks.onSelect(params.nodes[0]); } else if (params.edges.length) {
        hooks.onLink(params.edges[0]);
      } else { hooks.onSelect(null); }
    });

    return {
      applyVisibility: function (visible, visibleEdges, again) {
        nodeView.refresh();
        edgeView.refresh();
        if (again) { relayout(); }
      },
      highlight: highlight,
      focus: function (id) {
        // the lineage view: the found model's family block whole in the drawing when it can be read so
        // (data.min_scale), else that zoom on the model; other views: the node, at least at zoom 1.2
        var n = hooks.node(id);
        var block = (data.blocks || []).find(function (b) { return b.x0 <= n.x && n.x <= b.x1 && b.y0 <= n.y && n.y <= b.y1; });
        if (data.min_scale && block) {
          var scale = Math.min(container.clientWidth / (block.x1 - block.x0 + 24),
                               container.clientHeight / (block.y1 - block.y0 + 24), data.max_scale || 1);
          var whole = scale >= data.min_scale;
          network.moveTo({ position: whole ? { x: (block.x0 + block.x1) / 2, y: (block.y0 + block.y1) / 2 } : { x: n.x, y: n.y },
                           scale: Math.max(scale, data.min_scale), animation: false });
          return;
        }
        network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: false });
      },
      positions: positions,
      start: function () {
        // vis rescales and recentres the view after it announces a resize (the page still settling its
        // panel, a window resized): until the reader moves the view, keep the view chosen here
        var keep = function (place) {
          place();
          var untouched = true;
          ["dragStart", "zoom"].forEach(function (name) { network.once(name, function () { untouched = false; }); });
          network.on("resize", function () { if (untouched) { Promise.resolve().then(place); } });
        };
        // A lineage opens whole, its family blocks (titles and years included) fitted to the window, when that
        // keeps it readable (data.min_scale); else at that zoom on its oldest corner (or its focus), saying so.
        if (data.min_scale && data.nodes.length) {
          var focus = data.nodes.find(function (n) { return n.focus; });
          var blocks = data.blocks || [];
          var box = function (n) { return (data.boxes && data.boxes[n.id]) || [90, 90, 60, 60]; };
          var bounds = blocks.length ? {
            x0: Math.min.apply(null, blocks.map(function (b) { return b.x0; })),
            y0: Math.min.apply(null, blocks.map(function (b) { return b.y0; })),
            x1: Math.max.apply(null, blocks.map(function (b) { return b.x1; })),
            y1: Math.max.apply(null, blocks.map(function (b) { return b.y1; }))
          } : {  // the models' whole boxes (shape and label: data.boxes, [left, right, up, down])
            x0: Math.min.apply(null, data.nodes.map(function (n) { return n.x - box(n)[0]; })),
            y0: Math.min.apply(null, data.nodes.map(function (n) { return n.y - box(n)[2]; })),
            x1: Math.max.apply(null, data.nodes.map(function (n) { return n.x + box(n)[1]; })),
            y1: Math.max.apply(null, data.nodes.map(function (n) { return n.y + box(n)[3]; }))
          };
          var fitted = function () {
            return Math.min(container.clientWidth / (bounds.x1 - bounds.x0 + 24),
                            container.clientHeight / (bounds.y1 - bounds.y0 + 24), data.max_scale || 1);
          };
          var place;
          if (fitted() < data.min_scale) {
            var note = document.getElementById("kg-note");  // shown first: it takes room from the drawing
            note.textContent = (note.hidden ? "" : note.textContent + " ") + "This lineage is too big to read " +
              "whole in this window: it opens at a readable zoom on its " + (focus ? "focus" : "oldest models") +
              "; drag or zoom out to see the rest.";
            note.hidden = false;
            network.setSize("100%", "100%");  // vis measures the smaller drawing now, not on its next resize check
            kg.cornered = true;
            place = function () {
              var w = container.clientWidth / 2 / data.min_scale, h = container.clientHeight / 2 / data.min_scale;
              var at = focus ? { x: focus.x, y: focus.y } : { x: bounds.x0 - 12 + w, y: bounds.y0 - 12 + h };
              network.moveTo({ position: at, scale: data.min_scale, animation: false });
            };
          } else {
            place = function () {
              network.moveTo({ position: { x: (bounds.x0 + bounds.x1) / 2, y: (bounds.y0 + bounds.y1) / 2 },
                               scale: fitted(), animation: false });
            };
          }
          keep(place);
        } else if (data.labels && data.labels.frame) {
          keep(openFrame);
        }
        network.once("afterDrawing", hooks.onReady);
        network.redraw();
      }
    };
  };
})();
