package generate

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// proposedByTheme lists each theme's proposed items, questions by prompt
// and the correct options' texts, cards by front and back.
func proposedByTheme(ds []Draft) map[string][]string {
	out := map[string][]string{}
	for _, d := range ds {
		if !d.Proposed {
			continue
		}
		var s string
		if q := d.Question; q != nil {
			s = q.Prompt
			for _, o := range q.Options {
				if o.Correct {
					s += " → " + o.Text
				}
			}
		} else {
			s = d.Card.Front + " → " + d.Card.Back
		}
		out[d.Theme] = append(out[d.Theme], s)
	}
	for _, v := range out {
		slices.Sort(v)
	}
	return out
}

// TestDraftThemesProposesWhatGenerateDoes: an instructor drafting a
// course's themes in the web app (DraftThemes, on the course as stored,
// with nothing written yet) is proposed what `lectern generate` prints
// for the same article. The two paths once parted after ranking: the
// web app's drafts skipped the passes that give a theme of true
// statements only a question it cannot pass by answering True, so the
// pasted tram article, drafted in the app, proposed six true statements
// where `lectern generate` proposed two of them as false ones.
func TestDraftThemesProposesWhatGenerateDoes(t *testing.T) {
	harbour, err := os.ReadFile("testdata/pasted-harbour.txt")
	if err != nil {
		t.Fatal(err)
	}
	t.Run("tram", func(t *testing.T) { sameProposals(t, tramArticle) })
	t.Run("harbour", func(t *testing.T) { sameProposals(t, string(harbour)) })
	// A stance swapped, proposed last in a thin theme (stance_false.go).
	t.Run("bishop", func(t *testing.T) { sameProposals(t, bishopReport) })
	// A nickname run into the lead's name, put in quotation marks
	// (nickname_runin.go).
	t.Run("nickname", func(t *testing.T) { sameProposals(t, harlanBio) })
	// A short text's theme of three kept beside its lead (theme_fill.go,
	// mergeKeeps).
	captain, err := os.ReadFile("testdata/own-captain.txt")
	if err != nil {
		t.Fatal(err)
	}
	t.Run("captain", func(t *testing.T) { sameProposals(t, string(captain)) })
	t.Run("development", func(t *testing.T) {
		dir := evalDir(t)
		for _, name := range []string{"floods-news", "hanse-history", "biography", "howto", "technology", "economics", "news-event", "science-explainer", "culture-society", "webb-science", "history-event", "policy-analysis"} {
			b, err := os.ReadFile(filepath.Join(dir, name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			t.Run(name, func(t *testing.T) { sameProposals(t, string(b)) })
		}
	})
}

// sameProposals drafts text with Generate, then every theme of the course
// it made (its items taken out) with DraftThemes, and compares.
func sameProposals(t *testing.T, text string) {
	t.Helper()
	res, err := Generate(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	stored := *res.Course
	stored.Questions, stored.Cards = nil, nil
	var slugs []string
	for _, th := range stored.Themes {
		slugs = append(slugs, th.Slug)
	}
	drafts, err := DraftThemes(&stored, slugs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// The themes a learner reads before any drafting (Themes) group the
	// paragraphs as the drafts do: a lone theme joined in one joined in
	// the other (theme_fill.go).
	heading, paras, _ := SplitSections(text)
	proposed, err := ProposeCourseThemes(heading, paras)
	if err != nil {
		t.Fatal(err)
	}
	if len(proposed) != len(stored.Themes) {
		t.Errorf("themes proposes %d themes, generate drafts %d", len(proposed), len(stored.Themes))
	}
	for i := 0; i < min(len(proposed), len(stored.Themes)); i++ {
		if !slices.Equal(proposed[i].Paragraphs, stored.Themes[i].Paragraphs) {
			t.Errorf("theme %d: themes proposes paragraphs %v, generate drafts %v", i+1, proposed[i].Paragraphs, stored.Themes[i].Paragraphs)
		}
	}
	want, got := proposedByTheme(res.Drafts), proposedByTheme(drafts)
	for _, th := range stored.Themes {
		if !slices.Equal(want[th.Slug], got[th.Slug]) {
			t.Errorf("theme %q:\n generate proposes %q\n drafting proposes %q", th.Slug, want[th.Slug], got[th.Slug])
		}
	}
}
