/* The network page: draws the laid-out network (positions come from the build) with
   Cytoscape.js. Without this file the page still lists the strongest links. */
(function () {
  "use strict";
  function ready(fn) {
    if (document.readyState !== "loading") fn();
    else document.addEventListener("DOMContentLoaded", fn);
  }
  function cssVar(name, fallback) {
    var v = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
    return v || fallback;
  }
  ready(function () {
    var box = document.getElementById("graph");
    var source = document.getElementById("graph-data");
    if (!box || !source || typeof window.cytoscape !== "function") return;
    var data = JSON.parse(source.textContent);
    var form = document.getElementById("graph-controls");
    var minInput = document.getElementById("graph-min-weight");
    var minOutput = document.getElementById("graph-min-weight-value");
    var sizeSelect = document.getElementById("graph-size");
    var status = document.getElementById("graph-status");
    var maxMentions = 1;
    data.nodes.forEach(function (n) { if (n[3] > maxMentions) maxMentions = n[3]; });
    var maxWeight = 1;
    data.edges.forEach(function (e) { if (e[2] > maxWeight) maxWeight = e[2]; });
    var colours = {
      person: cssVar("--person", "#6b2d8a"),
      organization: cssVar("--organization", "#0d5c4a"),
      place: cssVar("--place", "#8a4a0d")
    };
    var text = cssVar("--text", "#1d1d1b");
    var bg = cssVar("--bg", "#fbfaf7");
    var rule = cssVar("--muted", "#5b5a55");
    var started = performance.now();
    box.hidden = false;  // shown only when it can be drawn
    // every node and link the build chose is made once; filters only hide them
    // the strongest nodes first: only those asked for are made (and their links, among
    // themselves); more are added when the reader asks for more
    function nodeElement(n, i) {
      return {
        group: "nodes",
        data: { id: "n" + i, rank: i, name: n[1], type: n[2], mentions: n[3], url: n[6],
                size: 6 + 34 * Math.sqrt(n[3] / maxMentions) },
        position: { x: n[4], y: n[5] }
      };
    }
    function edgeElement(e, i) {
      return {
        group: "edges",
        data: { id: "e" + i, source: "n" + e[0], target: "n" + e[1], weight: e[2],
                width: 0.5 + 4 * Math.log(1 + e[2]) / Math.log(1 + maxWeight) }
      };
    }
    var made = 0;
    function elementsUpTo(size) {
      var more = [];
      for (var i = made; i < Math.min(size, data.nodes.length); i++) more.push(nodeElement(data.nodes[i], i));
      data.edges.forEach(function (e, i) {
        var top = Math.max(e[0], e[1]);
        if (top >= made && top < size) more.push(edgeElement(e, i));
      });
      made = Math.max(made, Math.min(size, data.nodes.length));
      return more;
    }
    var elements = elementsUpTo(+sizeSelect.value);
    var cy = window.cytoscape({
      container: box,
      elements: elements,
      layout: { name: "preset" },
      minZoom: 0.1,
      maxZoom: 6,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      autoungrabify: true,
      textureOnViewport: true,
      hideEdgesOnViewport: data.edges.length > 2000,
      style: [
        { selector: "node", style: {
          "background-color": function (n) { return colours[n.data("type")] || text; },
          width: "data(size)", height: "data(size)",
          label: function (n) { return n.data("rank") < 40 ? n.data("name") : ""; },
          "font-size": 11, "font-family": "system-ui, sans-serif",
          color: text, "text-outline-color": bg, "text-outline-width": 2,
          "min-zoomed-font-size": 9, "text-valign": "bottom", "text-margin-y": 2
        } },
        { selector: "edge", style: {
          width: "data(width)", "line-color": rule, opacity: 0.35, "curve-style": "haystack"
        } },
        { selector: ".off", style: { display: "none" } },
        { selector: ".faded", style: { opacity: 0.08, "text-opacity": 0 } },
        { selector: "node.focus", style: { "border-width": 3, "border-color": text, "z-index": 10 } },
        { selector: "node.named", style: { label: "data(name)", "z-index": 9 } },
        { selector: "edge.near", style: { opacity: 0.9, "line-color": text } }
      ]
    });
    function apply() {
      var types = {};
      form.querySelectorAll("input[name=type]").forEach(function (box) { types[box.value] = box.checked; });
      var min = +minInput.value;
      var size = +sizeSelect.value;
      minOutput.textContent = String(min);
      if (size > made) cy.add(elementsUpTo(size));
      // decided in plain arrays, then one class change per group: reading an element's
      // style in Cytoscape is slow, and 4,000 links are read at each change
      var on = data.nodes.map(function (n, i) { return i < size && types[n[2]]; });
      var shownNodes = cy.nodes().filter(function (n) { return on[n.data("rank")]; });
      var shownEdges = cy.edges().filter(function (e) {
        return e.data("weight") >= min && on[e.source().data("rank")] && on[e.target().data("rank")];
      });
      cy.batch(function () {
        cy.elements().addClass("off");
        shownNodes.removeClass("off");
        shownEdges.removeClass("off");
      });
      status.textContent = shownNodes.length + " names and " + shownEdges.length + " links shown.";
      cy.fit(shownNodes, 20);
      if (cy.zoom() > 2) { cy.zoom(2); cy.center(shownNodes); }  // a few nodes: not giant
    }
    cy.on("mouseover", "node", function (evt) {
      var node = evt.target;
      var near = node.closedNeighborhood();
      cy.elements().addClass("faded");
      near.removeClass("faded");
      node.addClass("focus");
      near.nodes().addClass("named");  // the names of its neighbours, while pointed at
      near.edges().addClass("near");
      box.title = node.data("name") + ": " + node.data("mentions") + " mentions";
    });
    cy.on("mouseout", "node", function () {
      cy.elements().removeClass("faded focus near named");
      box.title = "";
    });
    cy.on("tap", "node", function (evt) {
      window.location.href = evt.target.data("url");
    });
    // a dense archive links nearly everyone: start with the strongest links only (about
    // three per name shown); the slider brings the others back
    var first = +sizeSelect.value;
    var among = data.edges.filter(function (e) { return e[0] < first && e[1] < first; })
      .map(function (e) { return e[2]; }).sort(function (a, b) { return b - a; });
    if (among.length > 3 * first) minInput.value = String(Math.min(+minInput.max, among[3 * first]));
    form.hidden = false;
    form.addEventListener("change", apply);
    minInput.addEventListener("input", apply);
    var built = performance.now();
    apply();
    box.setAttribute("data-build-ms", String(Math.round(built - started)));
    box.setAttribute("data-apply-ms", String(Math.round(performance.now() - built)));
    // the time to the first drawing, for the tests and the performance notes
    cy.one("render", function () {
      box.setAttribute("data-draw-ms", String(Math.round(performance.now() - started)));
    });
  });
})();
