/* The search page: Pagefind's Default UI from the bundle Pagefind wrote, configured from
   data attributes the build set (bundle path and base URL come from base_url, because a
   site under a GitHub Pages project path cannot rely on Pagefind guessing them). */
(function () {
  "use strict";
  var root = null;
  var currentTerm = "";

  function paragraphAnchor(data) {
    // Pagefind only makes sub-results from headings; news articles rarely have any, so
    // send the reader to the paragraph of the first match in the text (ids p1, p2, ...).
    var anchors = (data.anchors || [])
      .filter(function (a) { return a.id && /^p\d+$/.test(a.id); })
      .sort(function (a, b) { return a.location - b.location; });
    var locations = (data.locations || []).slice().sort(function (a, b) { return a - b; });
    for (var i = 0; i < locations.length; i++) {
      var best = null;
      for (var j = 0; j < anchors.length && anchors[j].location <= locations[i]; j++) {
        best = anchors[j];
      }
      if (best) return best.id;
    }
    return null;
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function cleanExcerpt(html) {
    // Pagefind builds excerpts from the pages' text without escaping it, and the UI inserts
    // them as HTML: an article quoting "<img onerror=...>" would become markup. Keep only
    // Pagefind's <mark> tags and escape everything else.
    return String(html || "")
      .split(/(<mark>|<\/mark>)/)
      .map(function (part) {
        return part === "<mark>" || part === "</mark>" ? part : escapeHtml(part);
      })
      .join("");
  }

  function processResult(data) {
    if (!data || typeof data.url !== "string") return data;
    data.excerpt = cleanExcerpt(data.excerpt);
    (data.sub_results || []).forEach(function (s) {
      s.excerpt = cleanExcerpt(s.excerpt);
    });
    if (data.url.indexOf("#") === -1) {
      var id = paragraphAnchor(data);
      if (id) data.url += "#" + id;
    }
    // The UI shows the excerpt of a first sub-result pointing at the result's own address;
    // after it, keep only sub-results for headings inside the page (Markdown sections).
    var own = {
      title: (data.meta && data.meta.title) || "",
      url: data.url,
      excerpt: data.excerpt,
      locations: data.locations || [],
      weighted_locations: data.weighted_locations || [],
    };
    var headings = (data.sub_results || []).filter(function (s) {
      return typeof s.url === "string" && s.url.indexOf("#") !== -1 && s.url !== data.url;
    });
    data.sub_results = [own].concat(headings);
    return data;
  }

  function syncAddress(term) {
    var params = new URLSearchParams(location.search);
    if (term) params.set("q", term);
    else params.delete("q");
    var query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
  }

  function sortOption(value) {
    if (!value) return null;
    var parts = value.split(":");
    var sort = {};
    sort[parts[0]] = parts[1];
    return sort;
  }

  function labelSearchInput() {
    // Pagefind's UI names its input with a title and a placeholder only, which vanish
    // or never show; give it a visible label, as every form field has.
    var input = root.querySelector(".pagefind-ui__search-input");
    if (!input || input.id) return;
    input.id = "search-input";
    var label = document.createElement("label");
    label.className = "search__label";
    label.htmlFor = input.id;
    label.textContent = "Search articles, people, organisations and places";
    var form = input.closest("form") || input;
    form.parentNode.insertBefore(label, form);
  }

  function start(sortValue, term) {
    var options = {
      element: "#search",
      bundlePath: root.getAttribute("data-bundle-path"),
      baseUrl: root.getAttribute("data-base-url") || "/",
      highlightParam: root.getAttribute("data-highlight-param") || "highlight",
      showSubResults: true,
      showImages: false,
      excerptLength: 30,
      resetStyles: true,
      openFilters: (root.getAttribute("data-open-filters") || "").split(",").filter(Boolean),
      showEmptyFilters: false,
      autofocus: false, // focused below, at once: see start()
      processResult: processResult,
      processTerm: function (t) {
        currentTerm = t;
        syncAddress(t);
        return t;
      },
      translations: { placeholder: "Search articles, people, organisations, places" },
    };
    var sort = sortOption(sortValue);
    if (sort) options.sort = sort;
    var ui = new window.PagefindUI(options);
    labelSearchInput();
    if (term) ui.triggerSearch(term);
    else {
      // the field takes the focus now, before the reader moves: Pagefind's own autofocus
      // came later at times, after a keyboard user had followed the skip link
      var input = root.querySelector(".pagefind-ui__search-input");
      var active = document.activeElement;
      if (input && (!active || active === document.body)) input.focus();
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    root = document.getElementById("search");
    if (!root) return;
    if (!window.PagefindUI) {
      var p = document.createElement("p");
      p.className = "notice";
      p.textContent = "The search index could not be loaded. Search needs the site to be " +
        "served over http(s), not opened as a file.";
      root.appendChild(p);
      return;
    }
    var params = new URLSearchParams(location.search);
    var select = document.getElementById("search-sort");
    var tools = document.getElementById("search-tools");
    var sortValue = params.get("sort") || "";
    if (select) {
      if (Array.prototype.some.call(select.options, function (o) { return o.value === sortValue; })) {
        select.value = sortValue;
      } else {
        sortValue = "";
      }
      tools.hidden = false;
      select.addEventListener("change", function () {
        // Reload with the new order: replacing a live Pagefind UI can kill its worker
        // while a search is running.
        var p2 = new URLSearchParams(location.search);
        if (select.value) p2.set("sort", select.value);
        else p2.delete("sort");
        if (currentTerm) p2.set("q", currentTerm);
        location.search = p2.toString();
      });
    }
    currentTerm = (params.get("q") || "").trim();
    var header = document.getElementById("site-search-q");
    if (header) header.value = currentTerm;
    start(sortValue, currentTerm);
  });
})();
