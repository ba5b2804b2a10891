package handlers

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/keysentence"
)

// TestKeySentenceMemo checks that the remembered sentence is the one
// keysentence finds, and that a paragraph or question edited since is
// looked up afresh rather than answered from the memo.
func TestKeySentenceMemo(t *testing.T) {
	m := newKeySentences()
	par := "The canal opened in 1825. It joined the lake to the river at Albany, cutting freight costs by nine tenths. Towns grew along its banks."
	clues := []string{"The canal joined the lake to the river at Albany, cutting freight costs.", "Where did the canal meet the river?", "Albany"}
	for range 2 { // the second call answers from the memo
		hit := m.find(par, clues[0], clues)
		want, ok := keysentence.Find(par, clues...)
		if !hit.found || !ok || hit.span != want {
			t.Fatalf("find = %+v, want %+v (found %v)", hit, want, ok)
		}
		if got := par[hit.span.Start:hit.span.End]; !strings.HasPrefix(got, "It joined the lake") {
			t.Fatalf("marked %q", got)
		}
		if hit.explained {
			t.Fatal("the explanation does not quote the whole sentence, yet it is marked explained")
		}
	}
	edited := strings.Replace(par, "It joined the lake to the river at Albany", "It met the Hudson at Albany", 1)
	hit := m.find(edited, clues[0], clues)
	if want, ok := keysentence.Find(edited, clues...); hit.found != ok || hit.span != want {
		t.Fatalf("after an edit find = %+v, want %+v (found %v)", hit, want, ok)
	}
	quoting := "\"It joined the lake to the river at Albany, cutting freight costs by nine tenths.\""
	if hit := m.find(par, quoting, append([]string{quoting}, clues[1:]...)); !hit.found || !hit.explained {
		t.Fatalf("an explanation quoting the sentence: %+v", hit)
	}
}
