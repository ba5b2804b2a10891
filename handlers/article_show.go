package handlers

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/generate"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

// showArticle shows the whole article, grouped by theme.
func (h *Handler) showArticle(w http.ResponseWriter, r *http.Request) {
	h.reader(w, r, "")
}

// showTheme shows one theme's paragraphs with its quiz button.
func (h *Handler) showTheme(w http.ResponseWriter, r *http.Request) {
	h.reader(w, r, r.PathValue("theme"))
}

func (h *Handler) reader(w http.ResponseWriter, r *http.Request, only string) {
	ctx := r.Context()
	c, err := h.db.FindCourse(ctx, r.PathValue("slug"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	pars, err := h.db.Paragraphs(ctx, c.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	text := map[int]string{}
	for _, p := range pars {
		text[p.N] = p.Text
	}
	cvm, err := h.courseVM(ctx, userFrom(ctx), c)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	vm := views.ReaderVM{CourseSlug: c.Slug, CourseTitle: c.Title, Source: c.Source, Single: only != ""}
	title := c.Title
	for i, t := range c.Themes {
		if only != "" && t.Slug != only {
			continue
		}
		rt := views.ReaderThemeVM{ThemeVM: cvm.Themes[i]}
		for _, n := range t.Paragraphs {
			rt.Paragraphs = append(rt.Paragraphs, views.ParagraphVM{N: n, Text: text[n], Parts: paragraphParts(text[n]), Heading: generate.HeadingLine(text[n])})
		}
		vm.Themes = append(vm.Themes, rt)
		if only != "" {
			title = t.Title
			if i > 0 {
				vm.PrevURL, vm.PrevTitle = "/courses/"+c.Slug+"/themes/"+c.Themes[i-1].Slug, c.Themes[i-1].Title
			}
			if i+1 < len(c.Themes) {
				vm.NextURL, vm.NextTitle = "/courses/"+c.Slug+"/themes/"+c.Themes[i+1].Slug, c.Themes[i+1].Title
			}
		}
	}
	if only != "" && len(vm.Themes) == 0 {
		h.fail(w, r, quiz.Errorf(quiz.ENotFound, "This course has no such theme."))
		return
	}
	vm.Page = h.page(r, title)
	h.render(w, r, http.StatusOK, views.ReaderPage(vm))
}

// paragraphParts returns the parts of a paragraph that holds a list, one
// line per item after its lead-in (generate.SplitParagraphs): its lines
// of text, and its runs of bulleted or numbered items, each a list. A
// paragraph of one line has none.
func paragraphParts(text string) []views.ParaPartVM {
	if !strings.Contains(text, "\n") {
		return nil
	}
	var parts []views.ParaPartVM
	for _, line := range strings.Split(text, "\n") {
		marker, item := generate.ListLine(line)
		if marker == "" {
			parts = append(parts, views.ParaPartVM{Text: item})
			continue
		}
		n, err := strconv.Atoi(marker)
		ordered := err == nil
		if last := len(parts) - 1; last >= 0 && parts[last].Items != nil && parts[last].Ordered == ordered {
			parts[last].Items = append(parts[last].Items, item)
			continue
		}
		parts = append(parts, views.ParaPartVM{Items: []string{item}, Ordered: ordered, Start: n})
	}
	return parts
}
