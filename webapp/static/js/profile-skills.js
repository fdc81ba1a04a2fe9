// The profile's skill rows: add and remove any number. Without JavaScript the form offers one
// blank row per save, and every row is still a plain text field.
(function () {
  "use strict";
  var list = document.querySelector("[data-skill-rows]");
  var template = document.getElementById("skill-row-template");
  var add = document.querySelector("[data-add-skill]");
  var status = document.querySelector("[data-skill-status]");
  if (!list || !template || !add) return;

  function nextIndex() {
    var highest = -1;
    list.querySelectorAll("input[name$='-skill']").forEach(function (input) {
      var match = /^skills-(\d+)-skill$/.exec(input.name);
      if (match) highest = Math.max(highest, parseInt(match[1], 10));
    });
    return highest + 1;
  }

  function enable(row) {
    var remove = row.querySelector("[data-remove-skill]");
    remove.hidden = false;
    remove.addEventListener("click", function () {
      var name = row.querySelector("input[name$='-skill']").value.trim();
      var next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      status.textContent = (name || "The empty row") + " removed; save to keep the change.";
      (next ? next.querySelector("input") : add).focus();
    });
  }

  list.querySelectorAll("[data-skill-row]").forEach(enable);
  add.hidden = false;
  add.addEventListener("click", function () {
    var html = template.innerHTML.replace(/__i__/g, String(nextIndex()))
      .replace(/__n__/g, String(list.children.length + 1));
    list.insertAdjacentHTML("beforeend", html);
    var row = list.lastElementChild;
    enable(row);
    var input = row.querySelector("[data-skill-picker]");
    if (window.skillPicker) window.skillPicker.attach(input);
    input.focus();
    status.textContent = "A new skill row was added.";
  });
})();
