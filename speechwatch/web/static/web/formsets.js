// "Add a row" for Django formsets: clone the <template> row, renumber __prefix__, bump TOTAL_FORMS.
document.addEventListener("click", function (event) {
  var button = event.target.closest(".add-row");
  if (!button) return;
  var set = button.closest(".formset");
  var prefix = set.dataset.prefix;
  var total = set.querySelector("input[name='" + prefix + "-TOTAL_FORMS']");
  var index = parseInt(total.value, 10);
  var html = set.querySelector("template").innerHTML.replace(/__prefix__/g, String(index));
  set.querySelector(".rows").insertAdjacentHTML("beforeend", html);
  total.value = String(index + 1);
});
