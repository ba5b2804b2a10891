// Lectern's optional script: keyboard shortcuts for quizzes and flashcards,
// and the browser's time zone on the settings form. Every page works
// without it.
(function () {
  "use strict";
  function typing(t) {
    return t && (t.tagName === "INPUT" && t.type !== "radio" && t.type !== "checkbox" || t.tagName === "TEXTAREA" || t.tagName === "SELECT");
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    // Flashcards: Space shows the answer, 1-4 rate it.
    var show = document.getElementById("show");
    if (show && (e.key === " " || e.key === "Spacebar")) {
      show.click();
      e.preventDefault();
      return;
    }
    var rate = document.querySelector('.rate-form button[name="rating"][value="' + e.key + '"]');
    if (rate) {
      rate.click();
      e.preventDefault();
      return;
    }
    // Quizzes: 1-9 pick an option of a choice question.
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
    // N goes on from the feedback to the next question.
    if (e.key === "n" && !document.querySelector(".answer-form")) {
      var next = document.getElementById("next");
      if (next) {
        next.click();
        e.preventDefault();
      }
    }
  });
  // After answering, bring the feedback into focus for screen readers.
  var fb = document.getElementById("feedback");
  if (fb && location.hash === "#feedback") fb.focus();
  // Settings: offer the browser's time zone until the learner saves one.
  var form = document.querySelector('form[data-detect-zone="1"]');
  var zone = document.getElementById("time_zone");
  if (form && zone && window.Intl && Intl.DateTimeFormat) {
    var tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (tz) zone.value = tz;
  }
})();
