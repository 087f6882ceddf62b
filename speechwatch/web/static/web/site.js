/* Behaviour shared by every page. Static (not inline on*= attributes) so the Content-Security-Policy
   can forbid inline scripts. */
document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
  select.addEventListener("change", function () {
    var form = select.form;
    if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
  });
});

/* A filter form with data-canonical-order goes to its canonical URL: only the filled-in fields, in
   the order the server writes its own links (web/listing.py), without the default sort. Without
   JavaScript the form still works; the page then offers its canonical link ("Link to this view"). */
document.querySelectorAll("form[data-canonical-order]").forEach(function (form) {
  form.addEventListener("submit", function (event) {
    var order = form.getAttribute("data-canonical-order").split(" ");
    var data = new FormData(form);
    var params = new URLSearchParams();
    order.forEach(function (name) {
      data.getAll(name).forEach(function (value) {
        value = String(value).trim();
        if (!value || (name === "sort" && value === "registered")) { return; }
        if (name === "secondary") { value = "true"; }
        params.append(name, value);
      });
    });
    event.preventDefault();
    var query = params.toString();
    window.location.assign(form.getAttribute("action") + (query ? "?" + query : ""));
  });
});
