// Search-as-you-type over the skills taxonomy: labels, synonyms and abbreviations ("LN2" finds
// liquid nitrogen). An accessible combobox (ARIA 1.2 pattern): arrows move, Enter picks, Escape
// closes. Without JavaScript the inputs stay plain text fields that the server matches itself.
//   <input data-skill-picker [data-skill-target="hidden-input-id"]>
//   <script type="application/json" id="skill-picker-extra">[{"id","label","family"}]</script>
(function () {
  "use strict";
  var SOURCE = "/api/v1/taxonomy/skills";
  var LIMIT = 8;
  var loading = null;
  var counter = 0;

  function normalise(text) {
    return (text || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9+#]+/g, " ").trim();
  }

  function load() {
    if (loading) return loading;
    var extra = document.getElementById("skill-picker-extra");
    loading = fetch(SOURCE, { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { skills: [], families: [] }; })
      .then(function (data) {
        var families = {};
        (data.families || []).forEach(function (f) { families[f.id] = f.label; });
        var skills = (data.skills || []).concat(extra ? JSON.parse(extra.textContent) : []);
        return skills.map(function (s) {
          var terms = [s.label].concat(s.synonyms || [], s.abbreviations || []);
          return { id: s.id, label: s.label, family: families[s.family] || s.family_label || "",
                   terms: terms, keys: terms.map(normalise) };
        });
      });
    return loading;
  }

  // Best first: a whole name, then a name that starts so, then a word that does, then any part.
  function rank(skills, query) {
    var q = normalise(query);
    if (!q) return [];
    var found = [];
    skills.forEach(function (skill) {
      var best = 0, via = "";
      skill.keys.forEach(function (key, i) {
        var score = key === q ? 4 : key.indexOf(q) === 0 ? 3
          : (" " + key).indexOf(" " + q) >= 0 ? 2 : key.indexOf(q) >= 0 ? 1 : 0;
        if (score > best) { best = score; via = i === 0 ? "" : skill.terms[i]; }
      });
      if (best) found.push({ skill: skill, score: best, via: via });
    });
    found.sort(function (a, b) {
      return b.score - a.score || a.skill.label.localeCompare(b.skill.label);
    });
    return found.slice(0, LIMIT);
  }

  function attach(input) {
    var id = "skill-picker-" + (++counter);
    var list = document.createElement("ul");
    var status = document.createElement("p");
    var target = input.dataset.skillTarget ? document.getElementById(input.dataset.skillTarget) : null;
    var options = [], active = -1;
    list.id = id + "-list";
    list.className = "picker-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Matching skills");
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("autocomplete", "off");
    input.removeAttribute("list");
    var wrap = document.createElement("div");
    wrap.className = "picker";
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    wrap.appendChild(list);
    wrap.appendChild(status);

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      options.forEach(function (li, i) { li.setAttribute("aria-selected", i === index ? "true" : "false"); });
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      }
    }

    function pick(index) {
      var li = options[index];
      input.value = li.dataset.label;
      if (target) target.value = li.dataset.id;
      close();
      input.dispatchEvent(new CustomEvent("skill-picked", { bubbles: true,
        detail: { id: li.dataset.id, label: li.dataset.label } }));
    }

    function show(matches) {
      list.textContent = "";
      options = matches.map(function (m, i) {
        var li = document.createElement("li");
        li.id = id + "-opt-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.dataset.id = m.skill.id;
        li.dataset.label = m.skill.label;
        var name = document.createElement("span");
        name.className = "picker-label";
        name.textContent = m.skill.label;
        li.appendChild(name);
        var more = document.createElement("span");
        more.className = "picker-note";
        more.textContent = (m.via ? "also called " + m.via + " · " : "") + m.skill.family;
        li.appendChild(more);
        li.addEventListener("mousedown", function (event) { event.preventDefault(); pick(i); });
        list.appendChild(li);
        return li;
      });
      list.hidden = options.length === 0;
      input.setAttribute("aria-expanded", options.length ? "true" : "false");
      status.textContent = input.value.trim() ? options.length + " matching skill" +
        (options.length === 1 ? "" : "s") + (options.length ? ": use the arrow keys" : "") : "";
      active = -1;
    }

    input.addEventListener("input", function () {
      if (target) target.value = "";
      var query = input.value;
      load().then(function (skills) { if (input.value === query) show(rank(skills, query)); });
    });
    input.addEventListener("focus", load);
    input.addEventListener("keydown", function (event) {
      var open = !list.hidden && options.length;
      if (event.key === "ArrowDown" && open) {
        event.preventDefault(); highlight((active + 1) % options.length);
      } else if (event.key === "ArrowUp" && open) {
        event.preventDefault(); highlight(active <= 0 ? options.length - 1 : active - 1);
      } else if (event.key === "Enter" && open && active >= 0) {
        event.preventDefault(); pick(active);
      } else if (event.key === "Escape" && open) {
        event.preventDefault(); close();
      }
    });
    input.addEventListener("blur", close);
  }

  window.skillPicker = { attach: attach };
  document.querySelectorAll("[data-skill-picker]").forEach(attach);
})();
