// Served by the dev server only: reload the page when a build ends, show a failed one.
(() => {
  const url = document.currentScript.src.replace(/\.js(\?.*)?$/, "");
  // the build the page was served from (absent on the "building" page): a newer one
  // published before this tab connected still reloads it
  const served = document.getElementById("sb-served");
  let last = served ? Number(served.dataset.build) : null;
  const show = (msg) => {
    let b = document.getElementById("sb-build-error");
    if (!b) {
      b = document.createElement("pre");
      b.id = "sb-build-error";
      b.className = "sb-build-error";
      b.setAttribute("role", "alert");
      b.style.cssText = "position:fixed;top:0;left:0;right:0;z-index:99999;margin:0;" +
        "padding:1em;background:#b00020;color:#fff;white-space:pre-wrap;max-height:50vh;" +
        "overflow:auto;font:13px/1.4 monospace";
      document.body.prepend(b);
    }
    b.textContent = "Build failed; showing the last good site.\n\n" + msg;
  };
  const connect = () => {
    const es = new EventSource(url);
    es.addEventListener("build", (ev) => {
      const d = JSON.parse(ev.data);
      if (last !== null && d.id !== last) {
        if (d.ok) { es.close(); location.reload(); return; }
        show(d.error);
      }
      last = d.id;
    });
    es.onerror = () => { es.close(); setTimeout(connect, 1000); };
  };
  connect();
})();
