/* Report editor: a live preview of the unsaved form. A static file so the Content-Security-Policy can
   forbid inline scripts. Every change POSTs the form to the preview URL (the server applies it in a
   transaction it rolls back) and shows the returned HTML in a sandboxed iframe (srcdoc). */
(function () {
  const form = document.getElementById("report-form");
  const frame = document.getElementById("report-preview");
  const status = document.getElementById("preview-status");
  if (!form || !frame) return;
  let timer = null, seq = 0;
  function refresh() {
    const mine = ++seq;
    status.textContent = "…";
    fetch(form.dataset.preview, {method: "POST", body: new FormData(form), credentials: "same-origin"})
      .then(r => r.ok ? r.text() : Promise.reject(r.status))
      .then(html => {
        if (mine !== seq) return;  // a newer edit is on its way
        const y = frame.contentWindow ? frame.contentWindow.scrollY : 0;
        frame.srcdoc = html;
        frame.addEventListener("load", () => frame.contentWindow.scrollTo(0, y), {once: true});
        status.textContent = "";
        frame.dataset.version = String(mine);
      })
      .catch(err => { status.textContent = "! " + err; });
  }
  function later() { clearTimeout(timer); timer = setTimeout(refresh, 400); }
  form.addEventListener("input", later);
  form.addEventListener("change", ev => {
    if (ev.target.classList.contains("lead-toggle")) {
      ev.target.closest("tr").querySelector(".lead-texts").hidden = !ev.target.checked;
    }
    later();
  });
  // saving replaces the page: a preview still waiting would only race the save
  form.addEventListener("submit", () => { clearTimeout(timer); seq++; });
  refresh();
})();
