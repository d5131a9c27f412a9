/* On a page opened from a search result, mark the searched words with Pagefind's
   highlight script. It is loaded only when the address carries the highlight parameter. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;
  var param = script.getAttribute("data-highlight-param") || "highlight";
  if (!new URLSearchParams(location.search).has(param)) return;
  import(script.getAttribute("data-module")).then(function () {
    if (!window.PagefindHighlight) return;
    new window.PagefindHighlight({
      highlightParam: param,
      markContext: "[data-pagefind-body]",
      addStyles: false,
    });
    if (!location.hash) {
      var first = document.querySelector("mark.pagefind-highlight");
      if (first) first.scrollIntoView({ block: "center" });
    }
  });
})();
