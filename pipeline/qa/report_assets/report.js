/* plandigit QA report: hovering or clicking an extracted cell outlines its box on the source image;
   an item's page link opens the page image in the viewer with the item outlined. */
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
  var viewer = document.getElementById("page-viewer");
  if (viewer) {
    var img = viewer.querySelector("img"), vbox = viewer.querySelector(".box");
    viewer.querySelector(".close").addEventListener("click", function () { viewer.hidden = true; });
    document.querySelectorAll("a.item-page[data-box]").forEach(function (a) {
      a.addEventListener("click", function (ev) {
        ev.preventDefault();
        var p = a.dataset.box.split(" ");
        img.src = a.dataset.img;
        vbox.style.left = p[0] + "%"; vbox.style.top = p[1] + "%"; vbox.style.width = p[2] + "%"; vbox.style.height = p[3] + "%";
        viewer.hidden = false;
        img.onload = function () { vbox.scrollIntoView({block: "center"}); };
      });
    });
  }
})();
