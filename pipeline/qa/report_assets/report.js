/* plandigit QA report: hovering or clicking an extracted cell outlines its box on the source image. */
(function () {
  "use strict";
  var selected = null;
  function boxOf(td) { var crop = document.getElementById(td.dataset.crop); return crop ? crop.querySelector(".box") : null; }
  function hideAll(block) { block.querySelectorAll(".box.shown").forEach(function (b) { b.classList.remove("shown"); }); }
  function show(td) {
    var box = boxOf(td); if (!box) return;
    hideAll(td.closest(".table-block"));
    var p = td.dataset.box.split(" ");
    box.style.left = p[0] + "%"; box.style.top = p[1] + "%"; box.style.width = p[2] + "%"; box.style.height = p[3] + "%";
    box.classList.add("shown");
  }
  function restore(td) {
    var block = td.closest(".table-block");
    if (selected && selected.closest(".table-block") === block) { show(selected); } else { hideAll(block); }
  }
  document.querySelectorAll("td[data-box]").forEach(function (td) {
    td.addEventListener("mouseenter", function () { show(td); });
    td.addEventListener("mouseleave", function () { restore(td); });
    td.addEventListener("click", function () {
      if (selected) selected.classList.remove("selected");
      selected = (selected === td) ? null : td;
      if (selected) { selected.classList.add("selected"); show(selected); } else { restore(td); }
    });
  });
})();
