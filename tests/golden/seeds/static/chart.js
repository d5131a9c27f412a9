/* The timeline chart follows the entity filter: each bar names its first event and how
   many follow it on the page; the bars are redrawn with the events the filter keeps.
   Without this file the chart shows every event. */
(function () {
  "use strict";
  function ready(fn) {
    if (document.readyState !== "loading") fn();
    else document.addEventListener("DOMContentLoaded", fn);
  }
  ready(function () {
    var chart = document.querySelector(".timeline-chart");
    var select = document.getElementById("timeline-filter");
    if (!chart || !select) return;
    var height = chart.querySelector("svg").viewBox.baseVal.height;
    var events = Array.prototype.slice.call(document.querySelectorAll("#timeline-events li.event"));
    var position = {};
    events.forEach(function (li, i) { position[li.id] = i; });
    var bars = Array.prototype.slice.call(chart.querySelectorAll("a[data-first]")).map(function (a) {
      var start = position[a.getAttribute("data-first")];
      var count = +a.getAttribute("data-count");
      return { link: a, rect: a.querySelector(".bar"), title: a.querySelector("title"),
               label: (a.getAttribute("aria-label") || "").split(":")[0],
               events: start === undefined ? null : events.slice(start, start + count) };
    }).filter(function (bar) {
      return bar.events !== null;  // a bar of events on another page keeps its count
    });
    function draw(chosen) {
      var id = typeof chosen === "string" ? chosen : select.value;
      var counts = bars.map(function (bar) {
        if (!id) return bar.events.length;
        return bar.events.filter(function (li) {
          return window.siteEventEntities(li).indexOf(id) !== -1;
        }).length;
      });
      var top = Math.max.apply(null, counts.concat([1]));
      bars.forEach(function (bar, i) {
        var n = counts[i];
        var h = n ? Math.max(2, height * n / top) : 0;
        bar.rect.setAttribute("y", String(height - h));
        bar.rect.setAttribute("height", String(h));
        var text = bar.label + ": " + n + (n === 1 ? " event" : " events");
        bar.link.setAttribute("aria-label", text);
        bar.title.textContent = text;
      });
      chart.setAttribute("data-filtered", id);
    }
    select.addEventListener("change", function () { draw(); });
    // the filter may come from the address (?entity=ID): site.js chooses it in the menu
    // without a change event, so the address is read here too
    var fromAddress = new URLSearchParams(location.search).get("entity");
    if (fromAddress) draw(fromAddress);
  });
})();
