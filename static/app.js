// Lectern's optional script: keyboard shortcuts on the question page.
// Every page works without it.
(function () {
  "use strict";
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.tagName === "INPUT" && t.type === "text" || t.tagName === "TEXTAREA" || t.tagName === "SELECT")) return;
    // 1-9 pick an option of a choice question.
    if (/^[1-9]$/.test(e.key)) {
      var boxes = document.querySelectorAll(".answer-form .choices input:not(:disabled)");
      var box = boxes[Number(e.key) - 1];
      if (box) {
        box.checked = box.type === "radio" ? true : !box.checked;
        box.focus();
        e.preventDefault();
      }
      return;
    }
    // N or Enter goes on from the feedback to the next question.
    if ((e.key === "n" || e.key === "Enter") && !document.querySelector(".answer-form")) {
      var next = document.getElementById("next");
      if (next && t === document.body) {
        next.click();
        e.preventDefault();
      }
    }
  });
  // After answering, bring the feedback into view and focus for screen readers.
  var fb = document.getElementById("feedback");
  if (fb && location.hash === "#feedback") fb.focus();
})();
