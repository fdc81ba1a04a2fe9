// The navigation menu button on narrow screens. Without JavaScript the links simply stay visible.
(function () {
  "use strict";
  var header = document.querySelector("[data-site-header]");
  if (!header) return;
  var button = header.querySelector(".menu-toggle");
  var narrow = window.matchMedia("(max-width: 48rem)");

  function setOpen(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    header.classList.toggle("nav-open", open);
  }

  button.hidden = false;
  header.classList.add("has-menu");
  setOpen(false);
  button.addEventListener("click", function () {
    setOpen(button.getAttribute("aria-expanded") !== "true");
  });
  // Escape closes the open menu and gives focus back to its button.
  header.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && narrow.matches && header.classList.contains("nav-open")) {
      setOpen(false);
      button.focus();
    }
  });

  // Filters fold away on phones (the first result stays in view) and stay open on wide screens.
  if (!narrow.matches) {
    document.querySelectorAll("details[data-wide-open]").forEach(function (d) { d.open = true; });
  }
})();

// A form that came back with errors: move focus to the summary that lists them all.
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();
})();
