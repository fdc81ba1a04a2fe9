// Live search: results update as you type. Without JavaScript the form submits normally.
(function () {
  "use strict";
  var form = document.querySelector("[data-live-search]");
  if (!form) return;
  var results = document.getElementById("results");
  var timer = null;
  var latest = 0;
  var shown = new URLSearchParams(new FormData(form)).toString();

  // Leaving the box (clicking a result) fires "change": the results already answer
  // this query, and redrawing them under the pointer would swallow the click.
  function update() {
    var params = new URLSearchParams(new FormData(form));
    if (params.toString() === shown) return;
    shown = params.toString();
    var ticket = ++latest;
    history.replaceState(null, "", "?" + params.toString());
    params.set("partial", "1");
    fetch(form.action + "?" + params.toString(), { headers: { Accept: "text/html" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html !== null && ticket === latest) results.innerHTML = html;
      });
  }

  form.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(update, 200);
  });
  form.addEventListener("change", function () { clearTimeout(timer); update(); });
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
})();
