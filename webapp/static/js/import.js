// Import progress: poll the job's state and move the progress bar; show the report when done.
(function () {
  "use strict";
  var box = document.querySelector("[data-import-job]");
  if (!box) { return; }
  var bar = box.querySelector("progress");
  var stage = box.querySelector("[data-import-stage]");
  function poll() {
    fetch(box.getAttribute("data-import-job"), { credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (job) {
        if (job.state !== "running") { window.location.reload(); return; }
        stage.textContent = job.stage + (job.total ? ": " + job.done.toLocaleString() +
          " of " + job.total.toLocaleString() : "");
        if (job.total) { bar.max = job.total; bar.value = job.done; }
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 1000);
}());
