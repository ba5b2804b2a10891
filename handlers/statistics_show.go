package handlers

import (
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/srs"
	"github.com/lectern/lectern/internal/stats"
	"github.com/lectern/lectern/internal/study"
	"github.com/lectern/lectern/views"
)

// showStatistics shows how learners did on a course's questions: per set
// and per question, the class's memory of each question, and the article
// shaded by the answers on each paragraph.
func (h *Handler) showStatistics(w http.ResponseWriter, r *http.Request) {
	c, err := h.db.FindCourse(r.Context(), r.PathValue("slug"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	f := parseStatsFilter(r.URL.Query())
	vm := views.StatsPageVM{Page: h.coursePage(r, "Statistics: "+c.Title, c), Slug: c.Slug, Title: c.Title,
		AllAttempts: f.All, Attempts: f.Attempts, Class: f.Class, Errors: f.Errors, Query: f.query()}
	vm.Page.Wide = true
	classes, err := h.db.ListClasses(r.Context(), c.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	for _, cl := range classes {
		vm.Classes = append(vm.Classes, views.StatsClassVM{ID: strconv.FormatInt(cl.ID, 10), Name: cl.Name})
	}
	if len(f.Errors) > 0 {
		h.render(w, r, http.StatusBadRequest, views.StatisticsPage(vm))
		return
	}
	rf, err := h.responseFilter(r.Context(), c, f)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	cs, err := h.computeStats(r.Context(), c, rf, false)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	memory, memoryAt, memoryReady, err := h.questionMemory(r.Context(), c.ID, rf)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	switch {
	case !memoryReady:
		vm.MemoryNote = "The learners' memory of each question is being worked out from their flashcards: reload in a minute or two to see it."
	case !memoryAt.IsZero():
		vm.MemoryNote = "Memory as worked out at " + memoryAt.UTC().Format("15:04") + " UTC (it is worked out again every ten minutes for a course this size)."
	}
	paragraphs, err := h.db.Paragraphs(r.Context(), c.ID)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	themes := map[int64]string{}
	for _, t := range c.Themes {
		themes[t.ID] = t.Title
	}
	vm.Responses = cs.Counted
	// ?flagged=1 shows only the flagged questions; the jump list at the
	// top names every set, then every flagged question, so that a long
	// page can be crossed in one step.
	vm.FlaggedOnly = r.URL.Query().Get("flagged") == "1"
	base := "/teach/courses/" + c.Slug + "/statistics"
	vm.AllURL = base + vm.Query
	if vm.Query == "" {
		vm.FlaggedURL = base + "?flagged=1"
	} else {
		vm.FlaggedURL = base + vm.Query + "&flagged=1"
	}
	labels := map[int64]string{} // Q1, Q2… down the page
	for _, s := range cs.Sets {
		ss := cs.Report.Sets[s.ID]
		sv := views.StatsSetVM{Title: s.Title, Theme: themes[s.ThemeID], URL: "/teach/sets/" + strconv.FormatInt(s.ID, 10),
			Anchor: "set-" + strconv.FormatInt(s.ID, 10)}
		if sv.Theme == sv.Title {
			// A set named after its theme (an accepted draft's set) is
			// not named twice in its heading.
			sv.Theme = ""
		}
		if ss != nil {
			sv.Attempts, sv.Mean, sv.Median = ss.Attempts, ss.Mean.Percent(), ss.Median.Percent()
			sv.Alpha = twoPlaces(ss.Alpha)
		} else {
			sv.Mean, sv.Median, sv.Alpha = stats.Dash, stats.Dash, stats.Dash
		}
		for _, q := range cs.Questions[s.ID] {
			v := questionVM(q, cs.Report.Questions[q.ID], memory[q.ID])
			v.Label = "Q" + strconv.Itoa(len(labels)+1)
			labels[q.ID] = v.Label
			if len(v.Flags) > 0 {
				sv.Flagged++
				vm.Flagged = append(vm.Flagged, views.StatsJumpVM{Label: v.Label, Text: v.Prompt, Anchor: v.Anchor, Note: v.Flags[0]})
			} else if vm.FlaggedOnly {
				continue
			}
			sv.Questions = append(sv.Questions, v)
		}
		vm.Sets = append(vm.Sets, sv)
	}
	vm.Paragraphs = paragraphShades(paragraphs, cs, labels)
	h.render(w, r, http.StatusOK, views.StatisticsPage(vm))
}

// twoPlaces formats alpha as 0.75, or "—".
func twoPlaces(f stats.Figure) string {
	if !f.Valid {
		return stats.Dash
	}
	return strconv.FormatFloat(f.Value, 'f', 2, 64)
}

func questionVM(q quiz.StoredQuestion, st *stats.QuestionStats, m recallSum) views.StatsQuestionVM {
	if st == nil {
		st = &stats.QuestionStats{}
	}
	v := views.StatsQuestionVM{Anchor: questionAnchor(q.ID), Prompt: q.Prompt, Type: string(q.Type),
		EditURL: "/teach/questions/" + strconv.FormatInt(q.ID, 10) + "/edit", Responses: st.Responses,
		Facility: st.Facility.Percent(), SD: st.SD.Percent(), Discrimination: st.Discrimination.String(),
		Efficiency: st.Efficiency.Percent100(), MedianTime: st.MedianSeconds.Seconds(), OptionBase: st.OptionBase,
		Memory: stats.Dash, MemoryLearners: m.n}
	if m.n > 0 {
		v.Memory = fmt.Sprintf("%.0f%%", 100*m.sum/float64(m.n))
	}
	if choiceType(q.Type) {
		for i, o := range q.Options {
			share := st.Share(i)
			pct := 0
			if share.Valid {
				pct = int(share.Value*100 + 0.5)
			}
			v.Options = append(v.Options, views.StatsOptionVM{Text: o.Text, Correct: o.Correct, Share: share.Percent(), Percent: pct})
		}
	}
	for _, fl := range st.Flags {
		v.Flags = append(v.Flags, fl.Reason)
	}
	if st.TooFew {
		v.TooFew = fmt.Sprintf("Too few responses to judge (%d of the %d responses needed): Lectern flags a question once %d learners have answered it.",
			st.Responses, stats.MinFlagResponses, stats.MinFlagResponses)
	}
	return v
}

func questionAnchor(id int64) string { return "q-" + strconv.FormatInt(id, 10) }

// recallSum adds up the recall probabilities of n learners.
type recallSum struct {
	sum float64
	n   int
}

// recall is, per question, the FSRS retrievability at now of its card for
// each learner who has reviewed it.
func recall(ms []quiz.QuestionMemory, now time.Time) map[int64]recallSum {
	sched, err := srs.NewScheduler(srs.DefaultParams())
	out := map[int64]recallSum{}
	if err != nil {
		return out
	}
	for _, m := range ms {
		r := sched.Retrievability(study.ToSRS(&m.State, now), now)
		s := out[m.QuestionID]
		s.sum += r
		s.n++
		out[m.QuestionID] = s
	}
	return out
}

// paragraphShades shades each paragraph by the share of marks scored on
// the counted responses to the questions citing it.
func paragraphShades(ps []quiz.Paragraph, cs *courseStats, labels map[int64]string) []views.StatsParagraphVM {
	type acc struct {
		marks float64
		n     int
		links []views.StatsLinkVM
	}
	byN := map[int]*acc{}
	cites := map[int64][]int{}
	imported := map[int]int{}
	for _, s := range cs.Sets {
		for _, q := range cs.Questions[s.ID] {
			// An imported question's paragraphs were pinned on import,
			// not cited by its author: it shades nothing, and the
			// paragraph says how many such questions quote it (learners'
			// feedback links to it).
			if q.Imported {
				for _, n := range uniqueInts(q.Paragraphs) {
					imported[n]++
				}
				continue
			}
			cites[q.ID] = q.Paragraphs
			for _, n := range q.Paragraphs {
				a := byN[n]
				if a == nil {
					a = &acc{}
					byN[n] = a
				}
				a.links = append(a.links, views.StatsLinkVM{Label: labels[q.ID], Prompt: q.Prompt, URL: "#" + questionAnchor(q.ID)})
			}
		}
	}
	for id, m := range cs.Marks {
		for _, n := range cites[id] {
			byN[n].marks += m.sum
			byN[n].n += m.n
		}
	}
	out := make([]views.StatsParagraphVM, 0, len(ps))
	for _, p := range ps {
		v := views.StatsParagraphVM{N: p.N, Text: p.Text, Share: stats.Dash, Shade: -1}
		if k := imported[p.N]; k > 0 {
			v.Imported = plural(k, "imported question quotes", "imported questions quote") + " this paragraph and " +
				map[bool]string{true: "is", false: "are"}[k == 1] + " not counted here."
		}
		if a := byN[p.N]; a != nil {
			v.Cited, v.Questions, v.Responses = true, a.links, a.n
			if a.n > 0 {
				share := a.marks / float64(a.n)
				v.Share = fmt.Sprintf("%.0f%%", share*100)
				v.Shade = shadeOf(share)
			}
		}
		out = append(out, v)
	}
	return out
}

// shadeOf is the shade, 0 to 4, of a share of marks: a fifth of the way
// for each. A share that is 80% but for the last bit of a float sum
// (partial marks added in another order, as a map's or another
// database's order gives them: 0.7999999999999999) takes the shade of
// 80%, so that a paragraph is shaded alike whatever the order.
func shadeOf(share float64) int {
	return max(0, min(int(share*5+1e-9), 4))
}

// uniqueInts returns ns without repeats, in order.
func uniqueInts(ns []int) []int {
	seen := map[int]bool{}
	out := ns[:0:0]
	for _, n := range ns {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}
