package handlers

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/lectern/lectern/internal/generate"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// newCourse shows the form that makes a course from an article.
func (h *Handler) newCourse(w http.ResponseWriter, r *http.Request) {
	h.render(w, r, http.StatusOK, views.NewCoursePage(views.NewCourseVM{
		Page: h.page(r, "New course"), Errors: map[string]string{}, MaxSize: byteSize(h.maxImport), Drafts: true}))
}

// createCourse makes a course from an article. Without themes it checks
// the other fields and starts a job that proposes themes, whose page
// shows the form again filled in (course_themes.go); with them it checks
// everything, and creates the course whole or shows the messages with
// what was typed.
func (h *Handler) createCourse(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(h.maxImport); err != nil && !errors.Is(err, http.ErrNotMultipart) {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			h.tooLarge(w, r, h.maxImport)
			return
		}
		h.fail(w, r, quiz.Errorf(quiz.EInvalid, "The form could not be read."))
		return
	}
	vm := h.newCourseForm(r)
	// The article's heading is its title unless one was typed, and not a
	// paragraph of the course.
	heading, pars, _ := generate.SplitSections(vm.Article)
	vm.Openings = openings(pars)
	if vm.Title == "" {
		vm.Title = heading
	}
	switch {
	case vm.Title == "" && len(pars) > 0:
		vm.Errors["title"] = "Give the course a title: the article has no heading line to take one from."
	case vm.Title == "":
		vm.Errors["title"] = "Give the course a title."
	case quiz.TooLong(vm.Title, quiz.MaxTitle):
		vm.Errors["title"] = fmt.Sprintf("A title has at most %d characters; this one has %d.", quiz.MaxTitle, utf8.RuneCountInString(vm.Title))
	}
	if quiz.TooLong(vm.Source, quiz.MaxSource) {
		vm.Errors["source"] = fmt.Sprintf("A source has at most %d characters; this one has %d.", quiz.MaxSource, utf8.RuneCountInString(vm.Source))
	}
	h.checkCourseSlug(r, &vm)
	if len(pars) == 0 && vm.Errors["article"] == "" {
		vm.Errors["article"] = "Paste the article or upload it."
	}
	if strings.TrimSpace(vm.Themes) == "" {
		// Nothing is made without themes: a form without mistakes starts
		// the job that proposes some from the article (a long article
		// takes longer than a request should); one with mistakes comes
		// back at once, with the messages and what was typed.
		if len(vm.Errors) > 0 {
			h.render(w, r, http.StatusUnprocessableEntity, views.NewCoursePage(vm))
			return
		}
		h.queueThemes(w, r, vm)
		return
	}
	c := &quiz.Course{Course: quiz.CourseInfo{Slug: vm.Slug, Title: vm.Title, Source: vm.Source}}
	for i, p := range pars {
		c.Paragraphs = append(c.Paragraphs, quiz.Paragraph{N: i + 1, Text: p})
	}
	themes, problem := parseThemeLines(vm.Themes, len(pars))
	if problem != "" {
		vm.Errors["themes"] = problem
	}
	c.Themes = themes
	// The themes are checked whatever else is wrong, so that every
	// message comes back at once.
	if vm.Errors["themes"] == "" {
		if err := quiz.Validate(c); err != nil {
			var ve *quiz.ValidationError
			if errors.As(err, &ve) {
				if msg := themesProblem(ve.Problems); msg != "" {
					vm.Errors["themes"] = msg
				} else if len(vm.Errors) == 0 {
					vm.Errors["themes"] = ve.Problems[0].What
				}
			}
		}
	}
	if len(vm.Errors) > 0 {
		h.render(w, r, http.StatusUnprocessableEntity, views.NewCoursePage(vm))
		return
	}
	if _, err := h.db.ImportCourse(r.Context(), c, userFrom(r.Context()).ID); err != nil {
		if quiz.KindOf(err) == quiz.EConflict {
			vm.Errors["slug"] = quiz.MessageOf(err)
			h.render(w, r, http.StatusUnprocessableEntity, views.NewCoursePage(vm))
			return
		}
		h.fail(w, r, err)
		return
	}
	if vm.Drafts {
		h.draftNewCourse(w, r, c.Course.Slug)
		return
	}
	http.Redirect(w, r, "/teach/courses/"+c.Course.Slug, http.StatusSeeOther)
}

// newCourseForm reads the new-course form, the article from an uploaded
// file when there is one.
func (h *Handler) newCourseForm(r *http.Request) views.NewCourseVM {
	vm := views.NewCourseVM{
		Page: h.page(r, "New course"), Title: strings.TrimSpace(r.FormValue("title")), Slug: strings.TrimSpace(r.FormValue("slug")),
		Source: strings.TrimSpace(r.FormValue("source")), Article: r.FormValue("article"), Themes: r.FormValue("themes"),
		Errors: map[string]string{}, MaxSize: byteSize(h.maxImport), Drafts: r.FormValue("then") == "drafts",
	}
	// A slug Lectern made from the title, sent back unchanged, is made
	// again from the title used this time: a title changed or left empty
	// (the article's heading then) takes its own slug, not the one of the
	// title shown before.
	if made := strings.TrimSpace(r.FormValue("slug_made")); made != "" && made == vm.Slug {
		vm.Slug = ""
	}
	if file, _, err := r.FormFile("file"); err == nil {
		data, err := io.ReadAll(io.LimitReader(file, h.maxImport+1))
		file.Close()
		switch {
		case err != nil || int64(len(data)) > h.maxImport:
			vm.Errors["article"] = "The file could not be read, or is larger than " + byteSize(h.maxImport) + "."
		case !utf8.Valid(data) || strings.ContainsRune(string(data), 0):
			vm.Errors["article"] = "The file is not plain text: upload a .txt or .md file."
		default:
			vm.Article = string(data)
		}
	}
	return vm
}

// checkCourseSlug fills in a slug made from the title when none was typed
// (or the one made before was sent back unchanged), and says what is wrong with it: not a slug, the address of one of
// Lectern's pages, or taken.
func (h *Handler) checkCourseSlug(r *http.Request, vm *views.NewCourseVM) {
	if vm.Slug == "" {
		vm.Slug, vm.SlugMade = h.slugFromTitle(r.Context(), vm.Title), true
	}
	switch {
	case vm.SlugMade && vm.Slug == "":
		// Nothing to make it from: the title's message says what to do.
	case !quiz.ValidSlug(vm.Slug):
		vm.Errors["slug"] = "Use lowercase letters, digits and single hyphens."
	case h.reservedSlugs[vm.Slug]:
		vm.Errors["slug"] = "“" + vm.Slug + "” is the address of one of Lectern’s own pages: choose another short name, such as " + vm.Slug + "-course."
	default:
		if _, err := h.db.FindCourse(r.Context(), vm.Slug); err == nil {
			// Named: a slug made from the title was never typed.
			msg := "A course with the short name “" + vm.Slug + "” exists already: choose another"
			for n := 2; n < 10; n++ {
				if alt := vm.Slug + "-" + strconv.Itoa(n); quiz.ValidSlug(alt) {
					if _, err := h.db.FindCourse(r.Context(), alt); err != nil {
						msg += ", such as " + alt
						break
					}
				}
			}
			vm.Errors["slug"] = msg + "."
		}
	}
}

// slugFromTitle makes a course's slug from its title. A slug that a fixed
// route uses ("new") gets "-course" added, and a number if that is taken
// too; any other slug is kept even when a course has it, so that the form
// says so rather than making a second course of the same name.
func (h *Handler) slugFromTitle(ctx context.Context, title string) string {
	slug := quiz.Slugify(title, quiz.MaxSlug)
	if !h.reservedSlugs[slug] {
		return slug
	}
	base := slug + "-course"
	slug = base
	for n := 2; ; n++ {
		if _, err := h.db.FindCourse(ctx, slug); err != nil && !h.reservedSlugs[slug] {
			return slug
		}
		slug = base + "-" + itoa(n)
	}
}

// proposeThemes writes the generator's themes in the form's format; a
// theme of the whole article takes the course's title, and an article
// with headings of its own has its sections as themes.
func proposeThemes(title string, pars []string, sections []generate.Section) (string, error) {
	themes, err := generate.ProposeSectionThemes(title, pars, sections)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, t := range themes {
		if len(t.Paragraphs) == 0 {
			continue
		}
		b.WriteString(paragraphSpan(t.Paragraphs) + " " + t.Title + "\n")
	}
	return b.String(), nil
}

// openingWords is how many words of each paragraph the new-course form
// shows beside the themes.
const openingWords = 10

// openings returns the first words of each paragraph, so that an
// instructor can give themes by paragraph number.
func openings(pars []string) []string {
	out := make([]string, len(pars))
	for i, p := range pars {
		words := strings.Fields(p)
		if len(words) > openingWords {
			out[i] = strings.Join(words[:openingWords], " ") + " …"
			continue
		}
		out[i] = strings.Join(words, " ")
	}
	return out
}

// What an instructor reads when the generator fails on an article.
const (
	proposeFailed = "Lectern could not propose themes for this article: its analysis failed on something in the text, and the failure is logged for the administrator. " +
		"Give the themes yourself, one per line, like “1-3 How it began”."
	draftFailed = "Lectern could not draft questions from this article: its analysis failed on something in the text, and the failure is logged for the administrator. " +
		"Nothing was changed. You can write questions and cards yourself, or draft again after editing the text."
)

func paragraphSpan(ns []int) string {
	if len(ns) == 1 {
		return itoa(ns[0])
	}
	return itoa(ns[0]) + "-" + itoa(ns[len(ns)-1])
}

var themeLine = regexp.MustCompile(`^\s*(\d+)\s*(?:[-–]\s*(\d+))?\s+(.+?)\s*$`)

// parseThemeLines reads "1-3 Title" lines into themes with unique slugs.
func parseThemeLines(text string, nPar int) ([]quiz.Theme, string) {
	var out []quiz.Theme
	used := map[string]bool{}
	for i, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		m := themeLine.FindStringSubmatch(line)
		if m == nil {
			return nil, "Line " + itoa(i+1) + " should read like “1-3 Title of the theme”."
		}
		from, _ := strconv.Atoi(m[1])
		to := from
		if m[2] != "" {
			to, _ = strconv.Atoi(m[2])
		}
		if from < 1 || to < from || to > nPar {
			return nil, "Line " + itoa(i+1) + ": paragraphs " + m[1] + "–" + strconv.Itoa(to) + " are not in the article, which has " + itoa(nPar) + "."
		}
		t := quiz.Theme{Title: m[3]}
		for n := from; n <= to; n++ {
			t.Paragraphs = append(t.Paragraphs, n)
		}
		slug := quiz.Slugify(m[3], quiz.MaxSlug)
		if slug == "" {
			slug = "theme"
		}
		base := slug
		for n := 2; used[slug]; n++ {
			slug = base + "-" + itoa(n)
		}
		used[slug] = true
		t.Slug = slug
		out = append(out, t)
	}
	if len(out) == 0 {
		return nil, "Give at least one theme."
	}
	return out, ""
}

// editThemes shows a course's themes for editing.
func (h *Handler) editThemes(w http.ResponseWriter, r *http.Request) {
	c, err := h.db.FindCourse(r.Context(), r.PathValue("slug"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	vm := views.ThemesVM{Page: h.page(r, "Themes"), Slug: c.Slug, Title: c.Title}
	for _, t := range c.Themes {
		vm.Themes = append(vm.Themes, views.ThemeRowVM{ID: t.ID, Title: t.Title, Summary: t.Summary, Range: paragraphSpan(t.Paragraphs)})
	}
	h.render(w, r, http.StatusOK, views.ThemesPage(vm))
}

// saveThemes stores the themes, or shows the form again with the message
// and what was typed.
func (h *Handler) saveThemes(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	c, err := h.db.FindCourse(r.Context(), r.PathValue("slug"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	pf := r.PostForm
	ids, titles, summaries, ranges := pf["id"], pf["title"], pf["summary"], pf["range"]
	vm := views.ThemesVM{Page: h.page(r, "Themes"), Slug: c.Slug, Title: c.Title}
	var edits []quiz.ThemeEdit
	problem := ""
	if len(ids) != len(titles) || len(ids) != len(summaries) || len(ids) != len(ranges) {
		h.fail(w, r, quiz.Errorf(quiz.EInvalid, "The themes form was incomplete."))
		return
	}
	for i := range ids {
		id, _ := strconv.ParseInt(ids[i], 10, 64)
		row := views.ThemeRowVM{ID: id, Title: strings.TrimSpace(titles[i]), Summary: strings.TrimSpace(summaries[i]), Range: ranges[i]}
		vm.Themes = append(vm.Themes, row)
		e := quiz.ThemeEdit{ID: id, Title: row.Title, Summary: row.Summary}
		m := regexp.MustCompile(`^\s*(\d+)\s*(?:[-–]\s*(\d+))?\s*$`).FindStringSubmatch(row.Range)
		if m == nil {
			problem = "Theme " + itoa(i+1) + ": write its paragraphs like 1-3 or 4."
			continue
		}
		from, _ := strconv.Atoi(m[1])
		to := from
		if m[2] != "" {
			to, _ = strconv.Atoi(m[2])
		}
		for n := from; n <= to && n-from < 10000; n++ {
			e.Paragraphs = append(e.Paragraphs, n)
		}
		if row.Title == "" {
			problem = "Theme " + itoa(i+1) + " needs a title."
		}
		edits = append(edits, e)
	}
	if problem == "" {
		err := h.db.UpdateThemes(r.Context(), c.ID, edits)
		switch k := quiz.KindOf(err); {
		case err == nil:
			http.Redirect(w, r, "/teach/courses/"+c.Slug, http.StatusSeeOther)
			return
		case k == quiz.EInvalid || k == quiz.EConflict:
			problem = quiz.MessageOf(err)
		default:
			h.fail(w, r, err)
			return
		}
	}
	vm.Error = problem
	h.render(w, r, http.StatusUnprocessableEntity, views.ThemesPage(vm))
}

// createSet adds an empty draft set to a theme.
func (h *Handler) createSet(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	c, err := h.db.FindCourse(r.Context(), r.PathValue("slug"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	t, ok := c.Theme(r.PostForm.Get("theme"))
	title := strings.TrimSpace(r.PostForm.Get("title"))
	if !ok || title == "" {
		h.renderTeachCourse(w, r, c, http.StatusUnprocessableEntity, "Give the new set a title.")
		return
	}
	if quiz.TooLong(title, quiz.MaxTitle) {
		h.renderTeachCourse(w, r, c, http.StatusUnprocessableEntity, fmt.Sprintf("A set's title has at most %d characters.", quiz.MaxTitle))
		return
	}
	id, err := h.db.CreateSet(r.Context(), t.ID, title)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/teach/sets/"+strconv.FormatInt(id, 10), http.StatusSeeOther)
}

// themesProblem is the message beside the themes of the new-course form
// for the problems Validate found with them, or "": the paragraphs that
// belong to no theme named together ("Paragraphs 4 and 5 belong to no
// theme."), else the first problem, as a sentence.
func themesProblem(problems []quiz.Problem) string {
	var loose []string
	first := ""
	for _, p := range problems {
		if !strings.HasPrefix(p.Where, "themes") {
			continue
		}
		var n int
		if _, err := fmt.Sscanf(p.What, "paragraph %d belongs to no theme", &n); err == nil {
			loose = append(loose, strconv.Itoa(n))
			continue
		}
		if first == "" {
			first = p.What
		}
	}
	switch {
	case len(loose) == 1:
		return "Paragraph " + loose[0] + " belongs to no theme: add it to one."
	case len(loose) > 1:
		return "Paragraphs " + strings.Join(loose[:len(loose)-1], ", ") + " and " + loose[len(loose)-1] + " belong to no theme: add each to one."
	case first != "":
		return strings.ToUpper(first[:1]) + first[1:] + "."
	}
	return ""
}
