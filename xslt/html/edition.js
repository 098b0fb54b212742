/* tei-edition: small enhancements; every page works without them.
   - the view switch is mirrored on <html data-view> (CSS :has does the same without script);
   - Escape hides an open name card or note pop-up (WCAG 2.1, 1.4.13), until the
     pointer or the focus leaves it. */
(function () {
  "use strict";
  var root = document.documentElement;
  function showView() {
    var checked = document.querySelector('input[name="view"]:checked');
    if (checked) { root.setAttribute("data-view", checked.value); }
  }
  document.addEventListener("change", function (event) {
    if (event.target && event.target.name === "view") { showView(); }
  });
  showView();

  var popups = ".nm, .fn";
  function owner(node) {
    return node && node.closest ? node.closest(popups) : null;
  }
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var open = owner(document.activeElement);
    if (open) { open.classList.add("dismissed"); }
    document.querySelectorAll(".nm:hover, .fn:hover").forEach(function (node) {
      node.classList.add("dismissed");
    });
  });
  document.addEventListener("focusout", function (event) {
    var left = owner(event.target);
    if (left && !left.contains(event.relatedTarget)) { left.classList.remove("dismissed"); }
  });
  document.addEventListener("mouseover", function (event) {
    var here = owner(event.target);
    document.querySelectorAll(".dismissed").forEach(function (node) {
      if (node !== here && !node.contains(document.activeElement)) { node.classList.remove("dismissed"); }
    });
  });
}());
