/* Ingest job page: poll the job status and redraw the table until it finishes.
   A static file (not an inline <script>) so the Content-Security-Policy can forbid inline scripts. */
(function () {
  var root = document.getElementById("job");
  if (!root || root.dataset.finished === "1") return;
  function cell(row, text, cls) { var td = row.insertCell(); td.textContent = text; if (cls) td.className = cls; return td; }
  function draw(data) {
    document.getElementById("bar").value = data.percent;
    document.getElementById("job-status").textContent = data.status_label;
    document.getElementById("job-count").textContent = data.done + "/" + data.total;
    document.getElementById("job-message").textContent = data.message;
    document.getElementById("job-error").textContent = data.error;
    var body = document.getElementById("items");
    body.textContent = "";
    data.items.forEach(function (item) {
      var row = body.insertRow();
      var name = cell(row, "");
      if (item.document_url) { var a = document.createElement("a"); a.href = item.document_url; a.textContent = item.filename; name.appendChild(a); }
      else { name.textContent = item.filename; }
      cell(row, item.status_label, item.status);
      cell(row, item.figures); cell(row, item.incidents);
      cell(row, item.error || (item.warnings.length ? item.warnings.length + " ⚠" : ""), item.error ? "failed" : "warnings");
    });
  }
  function poll() {
    fetch(root.dataset.statusUrl, {credentials: "same-origin"}).then(function (r) { return r.json(); }).then(function (data) {
      draw(data);
      if (data.finished) { window.location.reload(); } else { setTimeout(poll, 1000); }
    }).catch(function () { setTimeout(poll, 3000); });
  }
  poll();
})();
