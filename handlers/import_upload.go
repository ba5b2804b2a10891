package handlers

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"sort"
	"strings"

	"github.com/lectern/lectern/internal/formats"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/quizzes"
	"github.com/lectern/lectern/views"
)

// importForm shows the upload form for a course.
func (h *Handler) importForm(w http.ResponseWriter, r *http.Request) {
	c, err := h.db.FindCourse(r.Context(), r.PathValue("slug"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	vm := h.importVM(r, c)
	if len(c.Themes) > 0 {
		vm.Theme = c.Themes[0].Slug
	}
	vm.Title = "Imported questions"
	h.render(w, r, http.StatusOK, views.ImportPage(vm))
}

func (h *Handler) importVM(r *http.Request, c *quiz.StoredCourse) views.ImportFormVM {
	vm := views.ImportFormVM{Page: h.page(r, "Import"), CourseSlug: c.Slug, CourseTitle: c.Title,
		Errors: map[string]string{}, MaxSize: byteSize(h.maxImport)}
	for _, t := range c.Themes {
		vm.Themes = append(vm.Themes, views.ThemeVM{Slug: t.Slug, Title: t.Title})
	}
	return vm
}

// uploadImport reads an uploaded file, checks all of it, and shows what it
// would add; nothing is imported until the instructor confirms. A file
// with any bad line is refused whole, naming every such line.
func (h *Handler) uploadImport(w http.ResponseWriter, r *http.Request) {
	c, err := h.db.FindCourse(r.Context(), r.PathValue("slug"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if err := r.ParseMultipartForm(h.maxImport); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			h.tooLarge(w, r, h.maxImport)
			return
		}
		h.fail(w, r, quiz.Errorf(quiz.EInvalid, "The upload could not be read. Choose the file again."))
		return
	}
	vm := h.importVM(r, c)
	vm.Theme, vm.Title, vm.Publish = r.FormValue("theme"), strings.TrimSpace(r.FormValue("title")), r.FormValue("publish") == "1"
	if _, ok := c.Theme(vm.Theme); !ok {
		vm.Errors["theme"] = "Choose one of the course's themes."
	}
	if vm.Title == "" {
		vm.Errors["title"] = "Give the new question set a name."
	} else if quiz.TooLong(vm.Title, quiz.MaxTitle) {
		vm.Errors["title"] = fmt.Sprintf("A set's name has at most %d characters.", quiz.MaxTitle)
	}
	file, hdr, err := r.FormFile("file")
	var data []byte
	if err != nil {
		vm.Errors["file"] = "Choose a file to import."
	} else {
		defer file.Close()
		data, err = io.ReadAll(io.LimitReader(file, h.maxImport+1))
		switch {
		case err != nil:
			vm.Errors["file"] = "The file could not be read."
		case int64(len(data)) > h.maxImport:
			vm.Errors["file"] = "This file is larger than " + byteSize(h.maxImport) + "."
			if f, _ := formats.FormatFromName(hdr.Filename); f == formats.FormatAnki {
				vm.Errors["file"] += " Export the deck from Anki without its media (untick “Include media”): Lectern imports the text only."
			}
		case len(bytes.TrimSpace(data)) == 0:
			vm.Errors["file"] = "This file is empty."
		}
	}
	if len(vm.Errors) > 0 {
		h.render(w, r, http.StatusUnprocessableEntity, views.ImportPage(vm))
		return
	}
	p := quiz.PendingImport{UserID: userFrom(r.Context()).ID, CourseID: c.ID, Theme: vm.Theme, Title: vm.Title,
		Publish: vm.Publish, FileName: hdr.Filename, Body: data}
	_, problems, err := h.planImport(r.Context(), userFrom(r.Context()).ID, c, &p, true)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if len(problems) > 0 && strings.HasPrefix(problems[0], quiz.AllPresent) {
		// Nothing is wrong with the file: the course has it all already.
		vm.AllPresent = "Every item in this file" + strings.TrimPrefix(strings.TrimSuffix(problems[0], "; nothing was imported"), "everything in this file") + ": nothing was imported."
		vm.Present = problems[1:]
		h.render(w, r, http.StatusOK, views.ImportPage(vm))
		return
	}
	if len(problems) > 0 {
		vm.FileErrors = problems
		h.render(w, r, http.StatusUnprocessableEntity, views.ImportPage(vm))
		return
	}
	id, err := h.db.SavePendingImport(r.Context(), p)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/teach/imports/"+id, http.StatusSeeOther)
}

// importPlan is what a pending upload would add: the report of the import
// (run for real or as a dry run), the parts of the file that are skipped,
// and the written cards as the file gives them, for the preview.
type importPlan struct {
	rep       *quiz.ImportReport
	skipped   []string
	cards     []quiz.Card
	questions []quiz.Question
	// held says, for each of questions, why it is held ("" for none).
	held []string
}

// planImport parses a pending upload and runs the import, for real or as a
// dry run. It returns the plan and the problems that refuse the file whole
// (each naming its line where it has one); other errors are the server's.
// The upload is kept as the file's bytes and read again here each time:
// reading is deterministic, and the course may have changed in between.
func (h *Handler) planImport(ctx context.Context, userID int64, c *quiz.StoredCourse, p *quiz.PendingImport, dryRun bool) (*importPlan, []string, error) {
	file, skipped, problems, err := parsePending(p)
	if err != nil {
		return nil, problems, err
	}
	if len(problems) > 0 {
		// Syntax errors: the questions read around them are checked too
		// (a dry run, whatever was asked), so that the file is refused
		// once for all it holds.
		if len(file.Questions) > 0 || len(file.Cards) > 0 {
			_, err := h.db.ImportFile(ctx, file, quiz.ImportSet{
				Course: c.Slug, Theme: p.Theme, Title: p.Title, OwnerID: userID, DryRun: true,
			})
			if k := quiz.KindOf(err); k == quiz.EInvalid || k == quiz.EConflict {
				problems = byLine(append(problems, problemLines(quiz.MessageOf(err))...))
			}
		}
		return nil, problems, nil
	}
	rep, err := h.db.ImportFile(ctx, file, quiz.ImportSet{
		Course: c.Slug, Theme: p.Theme, Title: p.Title, Publish: p.Publish,
		OwnerID: userID, DryRun: dryRun,
	})
	if k := quiz.KindOf(err); k == quiz.EInvalid || k == quiz.EConflict || k == quiz.ENotFound {
		return nil, problemLines(quiz.MessageOf(err)), nil
	}
	if err != nil {
		return nil, nil, err
	}
	return newImportPlan(rep, skipped, file), nil, nil
}

// newImportPlan keeps of the file the questions and cards the import adds:
// those already in the course are left out, as the report lists them.
func newImportPlan(rep *quiz.ImportReport, skipped []string, file quiz.ParsedFile) *importPlan {
	p := &importPlan{rep: rep, skipped: skipped}
	dupQ, dupC := map[int]bool{}, map[int]bool{}
	for _, d := range rep.Duplicates {
		if d.What == "card" {
			dupC[d.Index] = true
		} else {
			dupQ[d.Index] = true
		}
	}
	for i, q := range file.Questions {
		if dupQ[i] {
			continue
		}
		why := ""
		if i < len(file.Held) {
			why = file.Held[i]
		}
		p.questions, p.held = append(p.questions, q), append(p.held, why)
	}
	for i, cd := range file.Cards {
		if !dupC[i] {
			p.cards = append(p.cards, cd)
		}
	}
	return p
}

// duplicatesNote says how many of a file's items the course already has:
// "12 questions already in this course were skipped".
func duplicatesNote(dups []quiz.Duplicate) string {
	nq, nc := 0, 0
	for _, d := range dups {
		if d.IsWrittenCard() {
			nc++
		} else {
			nq++
		}
	}
	var parts []string
	if nq > 0 {
		parts = append(parts, plural(nq, "question", "questions"))
	}
	if nc > 0 {
		parts = append(parts, plural(nc, "written card", "written cards"))
	}
	verb := " were skipped"
	if nq+nc == 1 {
		verb = " was skipped"
	}
	return strings.Join(parts, " and ") + " already in this course" + verb
}

// parsePending reads a pending upload: the file it holds, the parts of it
// left out, and the problems that refuse it whole (each naming its line
// where it has one); other errors are the server's.
func parsePending(p *quiz.PendingImport) (file quiz.ParsedFile, skipped, problems []string, err error) {
	f, err := formats.FormatOf(p.FileName, p.Body)
	if err != nil || f == "" {
		return file, nil, []string{"Lectern cannot tell this file's format from its name or content: name it .gift, .xml, .aiken, .csv, .tsv, .json, .apkg or .colpkg."}, nil
	}
	p.Format = string(f)
	if f == formats.FormatJSON {
		doc, err := quizzes.Decode(p.Body)
		if err != nil {
			var ve *quiz.ValidationError
			if errors.As(err, &ve) {
				var lines []string
				for _, pr := range ve.Problems {
					lines = append(lines, pr.String())
				}
				return file, nil, lines, nil
			}
			return file, nil, []string{err.Error()}, nil
		}
		file = quiz.ParsedFile{Questions: doc.Questions, Cards: doc.Cards, Course: doc}
	} else {
		res, err := formats.Parse(f, bytes.NewReader(p.Body), formats.Options{Theme: p.Theme})
		if err != nil {
			var pes formats.ParseErrors
			var pe *formats.ParseError
			var pke *formats.PackageError
			switch {
			case errors.As(err, &pke):
				return file, nil, []string{pke.Msg}, nil
			case errors.As(err, &pes):
				var lines []string
				for _, e := range pes {
					lines = append(lines, e.Error())
				}
				return partial(res), nil, lines, nil
			case errors.As(err, &pe):
				return partial(res), nil, []string{pe.Error()}, nil
			}
			return file, nil, nil, err
		}
		file = partial(res)
		for _, s := range res.Skipped {
			skipped = append(skipped, s.String())
		}
	}
	if len(file.Questions) == 0 && len(file.Cards) == 0 {
		return file, nil, append([]string{"The file holds no question or card that Lectern can import."}, skipped...), nil
	}
	return file, skipped, nil, nil
}

// partial is the file a parser read, syntax errors aside; empty when it
// read nothing.
func partial(res *formats.Result) quiz.ParsedFile {
	if res == nil {
		return quiz.ParsedFile{}
	}
	return quiz.ParsedFile{Questions: res.Questions, QuestionLines: res.QuestionLines, Held: res.QuestionHeld, Cards: res.Cards}
}

// byLine orders problems by the line they name ("line 12: …", "line 12,
// column 3: …"), those naming none last, in their order.
func byLine(problems []string) []string {
	line := func(s string) int {
		var n int
		if _, err := fmt.Sscanf(s, "line %d", &n); err != nil {
			return math.MaxInt
		}
		return n
	}
	sort.SliceStable(problems, func(i, j int) bool { return line(problems[i]) < line(problems[j]) })
	return problems
}

// problemLines splits the store's refusal of an import, one problem a
// line under a heading that says nothing was imported, into one item per
// problem, so that each reads as its own point.
func problemLines(msg string) []string {
	var out []string
	for i, l := range strings.Split(msg, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || i == 0 && strings.HasSuffix(l, "nothing was imported:") {
			continue
		}
		out = append(out, l)
	}
	return out
}

// pending loads the user's pending upload named in the path and its course.
func (h *Handler) pending(w http.ResponseWriter, r *http.Request) (*quiz.PendingImport, *quiz.StoredCourse, bool) {
	p, err := h.db.FindPendingImport(r.Context(), userFrom(r.Context()).ID, r.PathValue("id"))
	if err != nil {
		h.fail(w, r, err)
		return nil, nil, false
	}
	c, err := h.db.FindCourseByID(r.Context(), p.CourseID)
	if err != nil {
		h.fail(w, r, err)
		return nil, nil, false
	}
	return p, c, true
}
