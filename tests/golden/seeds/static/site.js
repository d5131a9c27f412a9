/* Progressive enhancement only: every page works without this file. */
(function () {
  "use strict";
  function ready(fn) {
    if (document.readyState !== "loading") fn();
    else document.addEventListener("DOMContentLoaded", fn);
  }
  var NAME_MATCHES_SHOWN = 100; // a short query matches thousands; show the first

  // The entities of a timeline event: those its sentence links, and the others its
  // reports name (data-entities). Shared with chart.js, loaded after this file.
  function eventEntities(li) {
    if (!li.siteEntities) {
      var ids = (li.getAttribute("data-entities") || "").split(" ").filter(Boolean);
      li.querySelectorAll(":scope > a[href]").forEach(function (a) {
        var m = /\/entities\/([^\/?#]+)\/$/.exec(a.getAttribute("href"));
        if (m) ids.push(decodeURIComponent(m[1]));
      });
      li.siteEntities = ids;
    }
    return li.siteEntities;
  }
  window.siteEventEntities = eventEntities;

  function setUpNameFilter(input) {
    var box = input.closest(".filter-box");
    var groups = document.getElementById(box.getAttribute("data-filter-for"));
    var results = document.getElementById("entity-filter-results");
    var status = document.getElementById("entity-filter-status");
    var base = box.getAttribute("data-entity-base");
    var names = null;
    var loading = null;
    box.hidden = false;

    function load() {
      if (!loading) {
        loading = fetch(box.getAttribute("data-names"))
          .then(function (r) {
            if (!r.ok) throw new Error("HTTP " + r.status);
            return r.json();
          })
          .then(function (rows) {
            names = rows.map(function (row) {
              return { name: row[0], key: (row[0] + " " + row[1]).toLowerCase(), type: row[2], slug: row[3], articles: row[5] };
            });
          })
          .catch(function () {
            loading = null;
            status.textContent = "The list of names could not be loaded.";
          });
      }
      return loading;
    }

    function show() {
      var q = input.value.trim().toLowerCase();
      if (q === "") {
        results.hidden = true;
        groups.hidden = false;
        status.textContent = "";
        return;
      }
      if (!names) {
        load().then(function () { if (names) show(); });
        return;
      }
      var found = names.filter(function (n) { return n.key.indexOf(q) !== -1; });
      results.textContent = "";
      found.slice(0, NAME_MATCHES_SHOWN).forEach(function (n) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.className = "entity-link entity--" + n.type;
        a.href = base + n.slug + "/";
        a.textContent = n.name;
        var count = document.createElement("span");
        count.className = "count";
        count.textContent = n.articles + (n.articles === 1 ? " article" : " articles");
        li.appendChild(a);
        li.appendChild(document.createTextNode(" "));
        li.appendChild(count);
        results.appendChild(li);
      });
      groups.hidden = true;
      results.hidden = false;
      status.textContent = found.length === 0 ? "No name matches."
        : found.length + (found.length === 1 ? " name matches" : " names match")
          + (found.length > NAME_MATCHES_SHOWN ? "; the first " + NAME_MATCHES_SHOWN + " are shown." : ".");
    }

    input.addEventListener("focus", load);
    input.addEventListener("input", show);
    if (input.value) show();
  }

  ready(function () {
    // Entity index: find any name as you type. The page lists only the most mentioned
    // names; every name is in a file fetched on the first keystroke.
    var entityInput = document.getElementById("entity-filter");
    if (entityInput) setUpNameFilter(entityInput);
    // Timeline: show only the events that mention one entity.
    var select = document.getElementById("timeline-filter");
    if (select) {
      select.closest(".filter-box").hidden = false;
      var events = document.querySelectorAll("#timeline-events li.event");
      var apply = function () {
        var id = select.value;
        events.forEach(function (li) {
          li.hidden = id !== "" && eventEntities(li).indexOf(id) === -1;
        });
        // a date's heading goes with the last of its events
        document.querySelectorAll("#timeline-events li.day").forEach(function (day) {
          day.hidden = !day.querySelector("li.event:not([hidden])");
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
