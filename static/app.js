// Lectern's optional script: keyboard shortcuts for quizzes, flashcards and
// the review queue of drafts, and the browser's time zone on the settings form. Every page works
// without it.
(function () {
  "use strict";
  function typing(t) {
    return t && (t.tagName === "INPUT" && t.type !== "radio" && t.type !== "checkbox" || t.tagName === "TEXTAREA" || t.tagName === "SELECT");
  }
  // Review queue: j/k move between drafts, a/e/r accept, edit or reject
  // the draft in focus, x ticks it for a bulk action.
  var drafts = document.querySelectorAll("[data-draft]");
  function draftKey(e) {
    if (!drafts.length) return false;
    var cur = document.activeElement && document.activeElement.closest ? document.activeElement.closest("[data-draft]") : null;
    var i = Array.prototype.indexOf.call(drafts, cur);
    if (e.key === "j" || e.key === "k") {
      var to = drafts[Math.max(0, Math.min(drafts.length - 1, i < 0 ? 0 : i + (e.key === "j" ? 1 : -1)))];
      to.focus();
      to.scrollIntoView({ block: "nearest" });
      return true;
    }
    if (!cur) return false;
    var act = { a: "accept", e: "edit", r: "reject" }[e.key];
    if (act) {
      cur.querySelector('[data-action="' + act + '"]').click();
      return true;
    }
    if (e.key === "x") {
      var box = cur.querySelector('input[type="checkbox"]');
      box.checked = !box.checked;
      return true;
    }
    return false;
  }
  if (/^#(d-\d+|queue)$/.test(location.hash)) {
    var at = document.getElementById(location.hash.slice(1));
    if (at) at.focus();
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    if (draftKey(e)) {
      e.preventDefault();
      return;
    }
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
    // Enter or N goes on from the feedback to the next question (Enter on
    // a link, button or summary keeps its own meaning).
    var onControl = e.target && e.target.closest && e.target.closest("a, button, summary");
    if ((e.key === "n" || e.key === "Enter" && !onControl) && !document.querySelector(".answer-form")) {
      var next = document.getElementById("next");
      if (next) {
        next.click();
        e.preventDefault();
      }
    }
  });
  // The shortcuts work: list them.
  document.querySelectorAll(".shortcuts").forEach(function (d) { d.hidden = false; });
  // Quizzes: a question answered by typing takes the typing at once, as a
  // choice question takes 1-9 (the field is in the question's fieldset,
  // whose legend, the question, is read out with it).
  var typed = document.querySelector(".answer-form #text-answer:not(:disabled)");
  if (typed) typed.focus();
  // After answering, bring the feedback into focus for screen readers.
  var fb = document.getElementById("feedback");
  if (fb && location.hash === "#feedback") fb.focus();
  // A page reached by a form (a rating, an undo, a deletion) opens with
  // the focus at its top: bring it to the page's message, or on the
  // flashcards to the card, so that a keyboard user goes on from there
  // rather than from the menu. A field the page put the focus in keeps it.
  if ((!document.activeElement || document.activeElement === document.body) && !document.querySelector("[autofocus]")) {
    var to = document.querySelector('.flash[tabindex="-1"]') || (document.getElementById("show") && document.querySelector('.flashcard[tabindex="-1"]'));
    if (to) to.focus();
  }
  // Settings: offer the browser's time zone until the learner saves one.
  var form = document.querySelector('form[data-detect-zone="1"]');
  var zone = document.getElementById("time_zone");
  if (form && zone && window.Intl && Intl.DateTimeFormat) {
    var tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (tz) zone.value = tz;
  }
})();
