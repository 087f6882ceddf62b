/* Close-the-month page: render reports in the background and show progress and downloads.
   A static file so the Content-Security-Policy can forbid inline scripts; translated labels come from
   data- attributes of #jobs. */
(function () {
  const jobs = document.getElementById("jobs");
  const labels = {done: jobs.dataset.labelDone, failed: jobs.dataset.labelFailed};
  function poll(box, url) {
    fetch(url, {headers: {"Accept": "application/json"}, credentials: "same-origin"}).then(r => r.json()).then(s => {
      box.querySelector(".progress span").style.width = s.percent + "%";
      box.querySelector(".msg").textContent = s.status + (s.message ? " · " + s.message : "");
      if (s.status === "done") {
        const a = document.createElement("a");
        a.href = s.download_url; a.className = "download"; a.textContent = labels.done + ": " + s.filename;
        box.appendChild(a);
      } else if (s.status === "failed") {
        box.querySelector(".msg").textContent = labels.failed + ": " + (s.error || "");
      } else {
        setTimeout(() => poll(box, url), 500);
      }
    });
  }
  document.querySelectorAll("form.render-form").forEach(form => {
    form.addEventListener("submit", ev => {
      ev.preventDefault();
      const btn = form.querySelector("button");
      fetch(form.action, {method: "POST", body: new FormData(form), credentials: "same-origin",
                          headers: {"Accept": "application/json"}}).then(r => r.json()).then(j => {
        const box = document.createElement("div");
        box.className = "job"; box.dataset.job = j.job;
        box.innerHTML = '<strong></strong><div class="progress"><span></span></div><span class="msg"></span> ';
        box.querySelector("strong").textContent = btn.title;
        jobs.prepend(box);
        if (j.error) { box.querySelector(".msg").textContent = j.error; return; }
        poll(box, j.status_url);
      });
    });
  });
})();
