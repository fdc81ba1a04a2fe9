// Name pickers: search-as-you-type over /succession/people.json. An <input data-picker>
// gets a list of matching people; choosing one fills the hidden input named by
// data-picker-target with their id (or, with data-picker-multiple, adds a removable chip
// with a hidden input). Without JavaScript the typed name is sent and resolved on the server.
(function () {
  "use strict";
  var counter = 0;

  function setup(input) {
    var list = document.createElement("ul");
    list.className = "picker-list";
    list.id = "picker-list-" + (++counter);
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("autocomplete", "off");
    input.insertAdjacentElement("afterend", list);
    var form = input.form;
    var timer = null, latest = 0;

    function close() { list.hidden = true; input.setAttribute("aria-expanded", "false"); }

    function choose(person) {
      if (input.dataset.pickerMultiple !== undefined) {
        var chips = document.getElementById(input.dataset.pickerChips);
        var chip = document.createElement("span");
        chip.className = "chip";
        chip.textContent = person.name + " (" + person.department + ") ";
        var hidden = document.createElement("input");
        hidden.type = "hidden"; hidden.name = input.dataset.pickerTarget; hidden.value = person.person_id;
        var remove = document.createElement("button");
        remove.type = "button"; remove.className = "link-button"; remove.textContent = "remove";
        remove.setAttribute("aria-label", "remove " + person.name);
        remove.addEventListener("click", function () { chip.remove(); });
        chip.appendChild(hidden); chip.appendChild(remove); chips.appendChild(chip);
        input.value = "";
      } else {
        form.querySelector("[name='" + input.dataset.pickerTarget + "']").value = person.person_id;
        input.value = person.name;
      }
      close();
    }

    function update() {
      var q = input.value.trim();
      if (input.dataset.pickerMultiple === undefined) {
        form.querySelector("[name='" + input.dataset.pickerTarget + "']").value = "";
      }
      if (q.length < 2) { close(); return; }
      var params = new URLSearchParams({ q: q, "for": input.dataset.picker });
      var department = form.querySelector("[name='department']");
      if (department && department.value) params.set("department", department.value);
      var ticket = ++latest;
      fetch(input.dataset.pickerUrl + "?" + params.toString(), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { people: [] }; })
        .then(function (data) {
          if (ticket !== latest) return;
          list.innerHTML = "";
          data.people.forEach(function (person) {
            var item = document.createElement("li");
            item.setAttribute("role", "option");
            item.tabIndex = -1;
            item.textContent = person.name + " · " + person.department;
            item.dataset.personId = person.person_id;
            item.addEventListener("mousedown", function (e) { e.preventDefault(); choose(person); });
            item.addEventListener("keydown", function (e) {
              if (e.key === "Enter") { e.preventDefault(); choose(person); input.focus(); }
              if (e.key === "ArrowDown" && item.nextSibling) item.nextSibling.focus();
              if (e.key === "ArrowUp") (item.previousSibling || input).focus();
              if (e.key === "Escape") { close(); input.focus(); }
            });
            list.appendChild(item);
          });
          list.hidden = data.people.length === 0;
          input.setAttribute("aria-expanded", String(!list.hidden));
        });
    }

    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(update, 150); });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" && !list.hidden && list.firstChild) { e.preventDefault(); list.firstChild.focus(); }
      if (e.key === "Escape") close();
    });
    input.addEventListener("blur", function () { setTimeout(function () {
      if (!list.contains(document.activeElement)) close(); }, 150); });
  }

  document.querySelectorAll("input[data-picker]").forEach(setup);
})();
