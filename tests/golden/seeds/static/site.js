/* Progressive enhancement only: every page works without this file. */
(function () {
  "use strict";
  function ready(fn) {
    if (document.readyState !== "loading") fn();
    else document.addEventListener("DOMContentLoaded", fn);
  }
  ready(function () {
    // Entity index: filter as you type.
    var entityInput = document.getElementById("entity-filter");
    if (entityInput) {
      entityInput.closest(".filter-box").hidden = false;
      var items = document.querySelectorAll("#entity-groups li[data-name]");
      entityInput.addEventListener("input", function () {
        var q = entityInput.value.trim().toLowerCase();
        items.forEach(function (li) {
          li.hidden = q !== "" && li.getAttribute("data-name").indexOf(q) === -1;
        });
      });
    }
    // Timeline: show only the events that mention one entity.
    var select = document.getElementById("timeline-filter");
    if (select) {
      select.closest(".filter-box").hidden = false;
      var events = document.querySelectorAll("#timeline-events li.event");
      var apply = function () {
        var id = select.value;
        events.forEach(function (li) {
          var ids = (li.getAttribute("data-entities") || "").split(" ");
          li.hidden = id !== "" && ids.indexOf(id) === -1;
        });
        var any = false;
        document.querySelectorAll("#timeline-events .events").forEach(function (ol) {
          var visible = ol.querySelector("li.event:not([hidden])");
          any = any || !!visible;
          ol.hidden = !visible;
          var heading = ol.previousElementSibling;
          if (heading && heading.classList.contains("timeline__month")) heading.hidden = !visible;
        });
        document.querySelectorAll("#timeline-events .timeline__year").forEach(function (sec) {
          sec.hidden = !sec.querySelector(".events:not([hidden])");
        });
        var empty = document.querySelector(".filter-empty");
        if (empty) empty.hidden = id === "" || any;
      };
      select.addEventListener("change", apply);
      var fromHash = new URLSearchParams(location.search).get("entity");
      if (fromHash) {
        select.value = fromHash;
        if (select.value !== fromHash) {
          // the entity has no event on this page (the list offers only those that do):
          // keep it chosen, so the page says so and the year links keep the filter
          select.add(new Option(fromHash, fromHash));
          select.value = fromHash;
        }
        apply();
        // keep the filter when moving between the year pages of a long timeline
        document.querySelectorAll(".year-nav a").forEach(function (a) {
          var href = a.getAttribute("href") || "";
          if (href.charAt(0) !== "#") a.setAttribute("href", href.split("?")[0] + "?entity=" + encodeURIComponent(fromHash));
        });
      }
    }
  });
})();
