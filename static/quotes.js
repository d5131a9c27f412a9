/* The quotes page: show only one speaker's quotations. Progressive enhancement only: without
   this file every quotation is listed. */
(function () {
  "use strict";
  function ready(fn) {
    if (document.readyState !== "loading") fn();
    else document.addEventListener("DOMContentLoaded", fn);
  }
  ready(function () {
    var select = document.getElementById("quote-speaker");
    if (!select) return;
    select.closest(".filter-box").hidden = false;
    var items = document.querySelectorAll("#quote-list > li");
    var status = document.getElementById("quote-count");
    var apply = function () {
      var id = select.value;
      var shown = 0;
      items.forEach(function (li) {
        var visible = id === "" || li.getAttribute("data-speaker") === id;
        li.hidden = !visible;
        if (visible) shown += 1;
      });
      if (status && id !== "") {
        var name = select.options[select.selectedIndex].text.replace(/ \(\d+\)$/, "");
        status.textContent = shown + (shown === 1 ? " quotation" : " quotations") + " by " + name + ".";
      } else if (status) {
        status.textContent = status.getAttribute("data-all") || status.textContent;
      }
    };
    if (status) status.setAttribute("data-all", status.textContent);
    select.addEventListener("change", function () {
      apply();
      try {
        // keep the choice in the address, so it can be shared (not possible on file://)
        var url = new URL(location.href);
        if (select.value) url.searchParams.set("speaker", select.value);
        else url.searchParams.delete("speaker");
        history.replaceState(null, "", url.toString());
      } catch (e) { /* a file:// page may refuse; the filter still works */ }
    });
    var wanted = new URLSearchParams(location.search).get("speaker");
    if (wanted) {
      select.value = wanted;
      if (select.value !== wanted) select.value = "";
    }
    apply();
  });
})();
