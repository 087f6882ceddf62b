/* Draft review page. A static file so the Content-Security-Policy can forbid inline scripts. */
(function () {  /* bring the marked span into view inside the source pane, not by scrolling the page */
  var m = document.getElementById("span"), box = document.getElementById("source");
  if (m && box) { box.scrollTop = Math.max(0, m.offsetTop - box.offsetTop - box.clientHeight / 4); }
})();
