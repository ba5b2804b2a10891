package handlers

import (
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// editorForm is the question editor as typed.
type editorForm struct {
	vm views.EditorVM
	q  quiz.Question
}

// newQuestion shows an empty editor for a set.
func (h *Handler) newQuestion(w http.ResponseWriter, r *http.Request) {
	s, _, c, ok := h.teachSet(w, r)
	if !ok {
		return
	}
	typ := quiz.QuestionType(r.URL.Query().Get("type"))
	if typ == "" {
		typ = quiz.Single
	}
	q := quiz.Question{Type: typ, Kind: quiz.Fact}
	vm := h.editorVM(r, c, s, q, 0, 0)
	h.render(w, r, http.StatusOK, views.EditorPage(vm))
}

// editQuestion shows the editor filled with a question's current version.
func (h *Handler) editQuestion(w http.ResponseWriter, r *http.Request) {
	sq, s, c, ok := h.teachQuestion(w, r)
	if !ok {
		return
	}
	vm := h.editorVM(r, c, s, sq.Question, sq.ID, sq.Version)
	for _, im := range sq.Question.Images {
		vm.Images = append(vm.Images, views.EditImageVM{URL: "/images/" + im.Hash, Alt: im.Alt, Hash: im.Hash})
	}
	h.render(w, r, http.StatusOK, views.EditorPage(vm))
}

// createQuestion saves a new question, or shows the editor again with the
// messages, what was typed, and the preview when asked for.
func (h *Handler) createQuestion(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	s, _, c, ok := h.teachSet(w, r)
	if !ok {
		return
	}
	f := h.readEditor(r, c, s, 0, 0)
	editorImages(r, nil, &f)
	editorOptionImages(r, quiz.Question{}, &f)
	if h.editorAgain(w, r, f) {
		return
	}
	id, err := h.db.CreateQuestion(r.Context(), s.ID, f.q, userFrom(r.Context()).ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.setFlash(w, r, flashQuestionAdded, id)
	http.Redirect(w, r, "/teach/sets/"+strconv.FormatInt(s.ID, 10), http.StatusSeeOther)
}

// updateQuestion saves an edit as a new version of the question.
func (h *Handler) updateQuestion(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	sq, s, c, ok := h.teachQuestion(w, r)
	if !ok {
		return
	}
	f := h.readEditor(r, c, s, sq.ID, sq.Version)
	editorImages(r, sq.Question.Images, &f)
	editorOptionImages(r, sq.Question, &f)
	if h.editorAgain(w, r, f) {
		return
	}
	// The editor shows neither tags nor a name from another tool; an edit
	// keeps those the question has.
	f.q.Tags, f.q.Name, f.q.Imported = sq.Question.Tags, sq.Question.Name, sq.Question.Imported
	keepFeedbackImages(&f.q, sq.Question)
	if _, err := h.db.UpdateQuestion(r.Context(), sq.ID, f.q, userFrom(r.Context()).ID); err != nil {
		h.fail(w, r, err)
		return
	}
	h.setFlash(w, r, flashSaved, sq.ID)
	http.Redirect(w, r, "/teach/sets/"+strconv.FormatInt(s.ID, 10), http.StatusSeeOther)
}

// deleteQuestion removes a question from its set.
func (h *Handler) deleteQuestion(w http.ResponseWriter, r *http.Request) {
	sq, s, _, ok := h.teachQuestion(w, r)
	if !ok {
		return
	}
	if err := h.db.DeleteQuestion(r.Context(), sq.ID); err != nil {
		h.fail(w, r, err)
		return
	}
	h.setFlash(w, r, flashQuestionRemoved, sq.ID)
	http.Redirect(w, r, "/teach/sets/"+strconv.FormatInt(s.ID, 10), http.StatusSeeOther)
}

// restoreQuestion puts back a question just removed (the Undo beside
// "Question removed").
func (h *Handler) restoreQuestion(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "There is no such question."))
		return
	}
	if err := h.db.RestoreQuestion(r.Context(), id); err != nil {
		h.fail(w, r, err)
		return
	}
	_, setID, err := h.db.FindQuestion(r.Context(), id)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.setFlash(w, r, flashQuestionBack, id)
	http.Redirect(w, r, "/teach/sets/"+strconv.FormatInt(setID, 10), http.StatusSeeOther)
}

// editorAgain re-renders the editor when the form asked for another type or
// a preview, or has errors; it reports whether it did.
func (h *Handler) editorAgain(w http.ResponseWriter, r *http.Request, f editorForm) bool {
	switch {
	case r.PostForm.Get("switch") != "":
		f.vm.Errors = map[string]string{}
		h.render(w, r, http.StatusOK, views.EditorPage(f.vm))
	case r.PostForm.Get("preview") != "":
		// A preview saves nothing: what would stop a save is a note
		// beside the preview, not an error.
		f.vm.PreviewNotes = previewNotes(f.vm.Errors)
		f.vm.Errors = map[string]string{}
		f.vm.Preview = previewVM(f.q)
		h.render(w, r, http.StatusOK, views.EditorPage(f.vm))
	case len(f.vm.Errors) > 0:
		h.render(w, r, http.StatusUnprocessableEntity, views.EditorPage(f.vm))
	default:
		return false
	}
	return true
}

// teachQuestion loads the question named in the path with its set and course.
func (h *Handler) teachQuestion(w http.ResponseWriter, r *http.Request) (*quiz.StoredQuestion, *quiz.QuestionSet, *quiz.StoredCourse, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "There is no such question."))
		return nil, nil, nil, false
	}
	sq, setID, err := h.db.FindQuestion(r.Context(), id)
	if err != nil {
		h.fail(w, r, err)
		return nil, nil, nil, false
	}
	s, _, err := h.db.FindSet(r.Context(), setID)
	if err != nil {
		h.fail(w, r, err)
		return nil, nil, nil, false
	}
	c, err := h.db.FindCourseByID(r.Context(), s.CourseID)
	if err != nil {
		h.fail(w, r, err)
		return nil, nil, nil, false
	}
	return sq, s, c, true
}

// editorVM fills the editor from a question, with blank rows to add more.
func (h *Handler) editorVM(r *http.Request, c *quiz.StoredCourse, s *quiz.QuestionSet, q quiz.Question, qid int64, version int) views.EditorVM {
	title := "Edit question"
	if qid == 0 {
		title = "New question"
	}
	vm := views.EditorVM{
		Page: h.page(r, title), CourseSlug: c.Slug, CourseTitle: c.Title, SetID: s.ID, SetTitle: s.Title,
		QuestionID: qid, Version: version, Type: string(q.Type), Kind: string(q.Kind), Prompt: q.Prompt,
		Explanation: q.Explanation, Answers: strings.Join(q.Answers, "\n"), Errors: map[string]string{}, CorrectOne: -1,
	}
	vm.Action = "/teach/sets/" + strconv.FormatInt(s.ID, 10) + "/questions"
	if qid > 0 {
		vm.Action = "/teach/questions/" + strconv.FormatInt(qid, 10)
	}
	switch q.Type {
	case quiz.TrueFalse:
		vm.Options = []views.EditOptionVM{{Text: "True"}, {Text: "False"}}
		for i := range vm.Options {
			if i < len(q.Options) {
				vm.Options[i].Feedback = q.Options[i].Feedback
				if q.Options[i].Correct {
					vm.CorrectOne = i
				}
			}
		}
	default:
		for i, o := range q.Options {
			row := views.EditOptionVM{Text: o.Text, Correct: o.Correct, Feedback: o.Feedback, Mark: markText(o.Fraction)}
			if o.Image != nil && quiz.ValidHash(o.Image.Hash) {
				row.Image = &views.EditImageVM{URL: "/images/" + o.Image.Hash, Alt: o.Image.Alt, Hash: o.Image.Hash}
				row.ImageAlt = o.Image.Alt
			}
			vm.Options = append(vm.Options, row)
			if o.Correct && vm.CorrectOne < 0 {
				vm.CorrectOne = i
			}
		}
		for len(vm.Options) < max(4, len(q.Options)+2) {
			vm.Options = append(vm.Options, views.EditOptionVM{})
		}
	}
	vm.MarkChoices = markChoices(q.Type == quiz.Multiple)
	for _, m := range q.Marked {
		if m.Text == quiz.CatchAll {
			vm.CatchAll = m.Feedback
			continue
		}
		vm.Marked = append(vm.Marked, views.EditMarkedVM{Text: m.Text, Mark: markText(m.Fraction), Feedback: m.Feedback})
	}
	for len(vm.Marked) < max(2, len(q.Marked)+1) {
		vm.Marked = append(vm.Marked, views.EditMarkedVM{Mark: "0"})
	}
	for _, p := range q.Pairs {
		vm.Pairs = append(vm.Pairs, views.EditPairVM{Left: p.Left, Right: p.Right})
	}
	for len(vm.Pairs) < max(4, len(q.Pairs)+2) {
		vm.Pairs = append(vm.Pairs, views.EditPairVM{})
	}
	num := func(f float64) string {
		if f == 0 {
			return ""
		}
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	for _, n := range q.Numeric {
		if n.Any {
			vm.CatchAll = n.Feedback
			continue
		}
		mark := ""
		if n.Fraction != nil {
			mark = strings.TrimSuffix(quiz.PercentText(*n.Fraction), "%")
		}
		vm.Numerics = append(vm.Numerics, views.EditNumVM{Value: strconv.FormatFloat(n.Value, 'f', -1, 64), Tolerance: num(n.Tolerance), Min: num(n.Min), Max: num(n.Max),
			Mark: mark, Feedback: n.Feedback})
	}
	for len(vm.Numerics) < max(2, len(q.Numeric)+1) {
		vm.Numerics = append(vm.Numerics, views.EditNumVM{})
	}
	cited := map[int]bool{}
	for _, n := range q.Paragraphs {
		cited[n] = true
	}
	if t, ok := c.ThemeByID(s.ThemeID); ok {
		pars, _ := h.db.Paragraphs(r.Context(), c.ID)
		for _, n := range t.Paragraphs {
			if n >= 1 && n <= len(pars) {
				vm.Paragraphs = append(vm.Paragraphs, views.EditParVM{N: n, Text: pars[n-1].Text, Checked: cited[n]})
			}
		}
	}
	return vm
}

// readEditor reads the posted editor into a question, checking it, with a
// message per bad field and the preview built when the question is sound.
func (h *Handler) readEditor(r *http.Request, c *quiz.StoredCourse, s *quiz.QuestionSet, qid int64, version int) editorForm {
	pf := r.PostForm
	q := quiz.Question{
		Type:        quiz.QuestionType(pf.Get("type")),
		Kind:        quiz.Kind(pf.Get("kind")),
		Prompt:      strings.TrimSpace(pf.Get("prompt")),
		Explanation: strings.TrimSpace(pf.Get("explanation")),
	}
	errs := map[string]string{}
	correctOne, _ := strconv.Atoi(pf.Get("correct"))
	if pf.Get("correct") == "" {
		correctOne = -1
	}
	readAnswers(pf, &q, correctOne, errs)
	if (q.Type == quiz.Single || q.Type == quiz.TrueFalse) && errs["options"] == "" && len(q.Options) >= 2 && !anyCorrect(q.Options) {
		// Said beside the ticks, which are what needs changing, rather
		// than the rule on marks the options' lists would answer.
		errs["correct"] = "Tick the correct option."
	}
	for _, v := range pf["par"] {
		if n, err := strconv.Atoi(v); err == nil {
			q.Paragraphs = append(q.Paragraphs, n)
		}
	}
	for _, p := range quiz.ValidateQuestion(q) {
		field, _, _ := strings.Cut(p.Where, "[")
		if errs[field] == "" && (field != "options" || errs["correct"] == "") {
			errs[field] = upperFirst(p.What) + "."
		}
	}
	// An explanation and a cited paragraph are needed to save, not to
	// preview.
	preview := pf.Get("preview") != ""
	if q.Explanation == "" && !preview {
		errs["explanation"] = "Explain the answer: learners see this after answering."
	}
	if len(q.Paragraphs) == 0 {
		if !preview {
			errs["paragraphs"] = "Tick the paragraph(s) this question tests."
		}
	} else if t, ok := c.ThemeByID(s.ThemeID); ok {
		for _, n := range q.Paragraphs {
			if !containsInt(t.Paragraphs, n) {
				errs["paragraphs"] = "Cite paragraphs of this theme only."
			}
		}
	}
	if r.PostForm.Get("switch") != "" {
		// Another type: keep what carries over, start the rest afresh.
		q.Options, q.Answers, q.Marked, q.Pairs, q.Numeric = nil, nil, nil, nil, nil
	}
	vm := h.editorVM(r, c, s, q, qid, version)
	keepTypedRows(&vm, pf, q.Type, correctOne)
	vm.Answers = pf.Get("answers")
	vm.Errors = errs
	return editorForm{vm: vm, q: q}
}

// editorFields are the editor's fields in the order of the page, for
// listing their notes in that order.
var editorFields = []string{"type", "kind", "prompt", "correct", "options", "answers", "marked", "catchall", "pairs", "numeric", "explanation", "paragraphs", "image"}

// previewNotes lists the editor's messages in the order of the page's
// fields, those of fields not listed last, sorted.
func previewNotes(errs map[string]string) []string {
	var notes []string
	seen := map[string]bool{}
	for _, k := range editorFields {
		if m := errs[k]; m != "" {
			notes = append(notes, m)
			seen[k] = true
		}
	}
	var rest []string
	for k := range errs {
		if !seen[k] && errs[k] != "" {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	for _, k := range rest {
		notes = append(notes, errs[k])
	}
	return notes
}

// oneLine is a field's text on one line: line breaks and runs of spaces
// become one space, and the ends are trimmed.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// formRows counts the rows of a repeated editor field (opt-text-0,
// opt-text-1, …): one more than the highest index posted, at most 100.
func formRows(pf url.Values, prefix string) int {
	n := 0
	for k := range pf {
		if strings.HasPrefix(k, prefix) {
			if i, err := strconv.Atoi(strings.TrimPrefix(k, prefix)); err == nil && i >= 0 && i < 100 {
				n = max(n, i+1)
			}
		}
	}
	return n
}

// numRows is how many numeric answer rows the form holds: a row may be a
// range alone, or feedback typed with no number.
func numRows(pf url.Values) int {
	n := 0
	for _, p := range []string{"num-value-", "num-tol-", "num-min-", "num-max-", "num-mark-", "num-feedback-"} {
		n = max(n, formRows(pf, p))
	}
	return n
}

// readAnswers reads the answer fields of q's type from the editor form:
// options, accepted answers, pairs or numbers, with a message in errs for
// each one that cannot be read.
func readAnswers(pf url.Values, q *quiz.Question, correctOne int, errs map[string]string) {
	switch q.Type {
	case quiz.Single, quiz.Multiple, quiz.TrueFalse:
		for i := 0; i < formRows(pf, "opt-text-"); i++ {
			// The fields are text areas: a line break typed in one is a space.
			text := oneLine(pf.Get("opt-text-" + itoa(i)))
			fb := oneLine(pf.Get("opt-feedback-" + itoa(i)))
			if q.Type == quiz.TrueFalse {
				text = []string{"True", "False"}[min(i, 1)]
			} else if text == "" {
				if fb != "" {
					errs["options"] = "Option " + itoa(i+1) + " has feedback but no text."
				}
				continue
			}
			correct := pf.Get("opt-correct-"+itoa(i)) == "1"
			if q.Type != quiz.Multiple {
				correct = i == correctOne
			}
			o := quiz.Option{Text: text, Correct: correct, Feedback: fb}
			if q.Type != quiz.TrueFalse {
				f, ok := readMark(pf.Get("opt-mark-"+itoa(i)), q.Type == quiz.Multiple)
				switch {
				case !ok:
					errs["options"] = "Option " + itoa(i+1) + ": choose its marks from the list."
				case f == nil:
				case q.Type == quiz.Single && quiz.Full(*f):
					// Another fully right option, as Moodle allows.
					o.Correct = true
				case q.Type == quiz.Multiple && !correct && *f > 0:
					o.Correct, o.Fraction = true, *f
				default:
					o.Fraction = *f
				}
			}
			q.Options = append(q.Options, o)
		}
		if q.Type == quiz.Multiple {
			// Marks on some options only: the others get theirs from the
			// tick, full marks shared among the ticked ones.
			explicit := false
			for _, o := range q.Options {
				explicit = explicit || o.Fraction != 0
			}
			if explicit {
				for i := range q.Options {
					if o := &q.Options[i]; o.Correct && o.Fraction == 0 {
						o.Fraction = 1
					}
				}
			}
		}
		if q.Type == quiz.TrueFalse && len(q.Options) != 2 {
			q.Options = []quiz.Option{{Text: "True", Correct: correctOne == 0}, {Text: "False", Correct: correctOne == 1}}
		}
	case quiz.Short:
		for _, line := range strings.Split(pf.Get("answers"), "\n") {
			if a := strings.TrimSpace(line); a != "" {
				q.Answers = append(q.Answers, a)
			}
		}
		for i := 0; i < formRows(pf, "marked-text-"); i++ {
			text := strings.TrimSpace(pf.Get("marked-text-" + itoa(i)))
			fb := oneLine(pf.Get("marked-feedback-" + itoa(i)))
			if text == "" {
				if fb != "" {
					errs["marked"] = "Answer " + itoa(i+1) + " has feedback but no text."
				}
				continue
			}
			f, ok := readMark(pf.Get("marked-mark-"+itoa(i)), false)
			if !ok || f == nil {
				errs["marked"] = "Answer " + itoa(i+1) + ": choose its marks from the list."
				continue
			}
			if text == quiz.CatchAll {
				errs["marked"] = "Answer " + itoa(i+1) + ": write the feedback for any other answer below, not as *."
				continue
			}
			q.Marked = append(q.Marked, quiz.ShortAnswer{Text: text, Fraction: *f, Feedback: fb})
		}
		if fb := strings.TrimSpace(pf.Get("catchall")); fb != "" {
			q.Marked = append(q.Marked, quiz.ShortAnswer{Text: quiz.CatchAll, Feedback: fb})
		}
	case quiz.Matching:
		for i := 0; i < formRows(pf, "pair-left-"); i++ {
			l, rt := strings.TrimSpace(pf.Get("pair-left-"+itoa(i))), strings.TrimSpace(pf.Get("pair-right-"+itoa(i)))
			if l == "" && rt == "" {
				continue
			}
			q.Pairs = append(q.Pairs, quiz.Pair{Left: l, Right: rt})
		}
	case quiz.Numeric:
		for i := 0; i < numRows(pf); i++ {
			fields := [4]string{pf.Get("num-value-" + itoa(i)), pf.Get("num-tol-" + itoa(i)), pf.Get("num-min-" + itoa(i)), pf.Get("num-max-" + itoa(i))}
			fb := oneLine(pf.Get("num-feedback-" + itoa(i)))
			mark := pf.Get("num-mark-" + itoa(i))
			if strings.TrimSpace(strings.Join(fields[:], "")) == "" {
				if fb != "" || strings.TrimSpace(mark) != "" {
					errs["numeric"] = "Row " + itoa(i+1) + " has marks or feedback but no number."
				}
				continue
			}
			f, ok := readMark(mark, false)
			if !ok {
				errs["numeric"] = "Row " + itoa(i+1) + ": choose its marks from the list."
				continue
			}
			var vals [4]float64
			for j, f := range fields {
				if strings.TrimSpace(f) == "" {
					continue
				}
				v, err := quiz.ParseNumber(f)
				if err != nil {
					errs["numeric"] = "Row " + itoa(i+1) + ": “" + f + "” is not a number."
				}
				vals[j] = v
			}
			n := quiz.NumericAnswer{Value: vals[0], Tolerance: vals[1], Min: vals[2], Max: vals[3], Feedback: fb}
			if f != nil {
				n.Fraction = quiz.NumericFraction(*f)
			}
			q.Numeric = append(q.Numeric, n)
		}
		if fb := strings.TrimSpace(pf.Get("catchall")); fb != "" {
			q.Numeric = append(q.Numeric, quiz.NumericAnswer{Any: true, Feedback: fb})
		}
	}
}

// keepTypedRows shows the editor's rows as typed, not as read.
func keepTypedRows(vm *views.EditorVM, pf url.Values, t quiz.QuestionType, correctOne int) {
	// Keep the rows as typed, blank ones included, and the typed numbers:
	// a row left out would shift the rows after it under the correct
	// marks, which stay where they were ticked.
	if t == quiz.Single || t == quiz.TrueFalse {
		vm.CorrectOne = correctOne
	}
	if (t == quiz.Single || t == quiz.Multiple) && pf.Get("switch") == "" {
		n := max(formRows(pf, "opt-text-"), formRows(pf, "opt-feedback-"), formRows(pf, "opt-correct-"))
		vm.Options = nil
		for i := 0; i < max(4, n); i++ {
			vm.Options = append(vm.Options, views.EditOptionVM{Text: pf.Get("opt-text-" + itoa(i)),
				Feedback: pf.Get("opt-feedback-" + itoa(i)), Correct: pf.Get("opt-correct-"+itoa(i)) == "1", Mark: pf.Get("opt-mark-" + itoa(i))})
		}
	}
	if t == quiz.Short && pf.Get("switch") == "" {
		vm.Marked = nil
		for i := 0; i < max(2, formRows(pf, "marked-text-")); i++ {
			vm.Marked = append(vm.Marked, views.EditMarkedVM{Text: pf.Get("marked-text-" + itoa(i)), Mark: pf.Get("marked-mark-" + itoa(i)),
				Feedback: pf.Get("marked-feedback-" + itoa(i))})
		}
		vm.CatchAll = pf.Get("catchall")
	}
	if t == quiz.Matching && pf.Get("switch") == "" {
		vm.Pairs = nil
		for i := 0; i < max(4, formRows(pf, "pair-left-"), formRows(pf, "pair-right-")); i++ {
			vm.Pairs = append(vm.Pairs, views.EditPairVM{Left: pf.Get("pair-left-" + itoa(i)), Right: pf.Get("pair-right-" + itoa(i))})
		}
	}
	if t == quiz.Numeric {
		vm.Numerics = nil
		for i := 0; i < max(2, numRows(pf)); i++ {
			vm.Numerics = append(vm.Numerics, views.EditNumVM{Value: pf.Get("num-value-" + itoa(i)), Tolerance: pf.Get("num-tol-" + itoa(i)),
				Min: pf.Get("num-min-" + itoa(i)), Max: pf.Get("num-max-" + itoa(i)), Mark: pf.Get("num-mark-" + itoa(i)), Feedback: pf.Get("num-feedback-" + itoa(i))})
		}
		if pf.Get("switch") == "" {
			vm.CatchAll = pf.Get("catchall")
		}
	}
}

// markText writes a fraction as the editor's percentage ("" for none).
func markText(f float64) string {
	if f == 0 {
		return ""
	}
	return strings.TrimSuffix(quiz.PercentText(f), "%")
}

// markChoices lists Moodle's percentages, with their negatives when
// negative.
func markChoices(negative bool) []string {
	var out []string
	for _, f := range quiz.AllowedFractions {
		out = append(out, strings.TrimSuffix(quiz.PercentText(f), "%"))
	}
	if negative {
		for _, f := range quiz.AllowedFractions[:len(quiz.AllowedFractions)-1] {
			out = append(out, strings.TrimSuffix(quiz.PercentText(-f), "%"))
		}
	}
	return out
}

// readMark reads a percentage chosen from the editor's list of Moodle's
// marks: nil for the default (""), ok false for anything not in the list.
func readMark(v string, negative bool) (f *float64, ok bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil, true
	}
	p, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return nil, false
	}
	x, allowed := quiz.AllowedFraction(p / 100)
	if !allowed || (x < 0 && !negative) {
		return nil, false
	}
	return &x, true
}

// previewVM shows a question as a learner meets it, options in authored
// order.
func previewVM(q quiz.Question) *views.QuestionVM {
	vm := &views.QuestionVM{Type: string(q.Type), Prompt: q.Prompt, TypeHint: typeHint(q), Kind: string(q.Kind), KindLabel: kindLabels[q.Kind]}
	for i, o := range q.Options {
		vm.Choices = append(vm.Choices, views.ChoiceVM{Value: i, Letter: string(rune('A' + i)), Text: o.Text})
	}
	for i, p := range q.Pairs {
		vm.Rights = append(vm.Rights, p.Right)
		vm.Matches = append(vm.Matches, views.MatchRowVM{Index: i, Left: p.Left, Chosen: -1})
	}
	return vm
}

// anyCorrect reports whether any option is right.
func anyCorrect(os []quiz.Option) bool {
	for _, o := range os {
		if o.Correct {
			return true
		}
	}
	return false
}

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// keepFeedbackImages carries the images of the feedback over an edit, as
// the editor shows none of them: the general feedback's, and those of each
// option or short answer whose text the edit kept, and of each numeric
// answer whose number it kept.
func keepFeedbackImages(q *quiz.Question, old quiz.Question) {
	q.FeedbackImages = old.FeedbackImages
	byText := map[string][]quiz.Image{}
	for _, o := range old.Options {
		byText[quiz.Normalize(o.Text)] = o.FeedbackImages
	}
	for i := range q.Options {
		q.Options[i].FeedbackImages = byText[quiz.Normalize(q.Options[i].Text)]
	}
	clear(byText)
	for _, m := range old.Marked {
		byText[quiz.Normalize(m.Text)] = m.FeedbackImages
	}
	for i := range q.Marked {
		q.Marked[i].FeedbackImages = byText[quiz.Normalize(q.Marked[i].Text)]
	}
	for i := range q.Numeric {
		n := &q.Numeric[i]
		for _, o := range old.Numeric {
			if o.Any == n.Any && (n.Any || o.Value == n.Value && o.Tolerance == n.Tolerance && o.Min == n.Min && o.Max == n.Max) {
				n.FeedbackImages = o.FeedbackImages
				break
			}
		}
	}
}
