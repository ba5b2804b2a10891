package generate

import (
	"strings"
	"testing"
)

// "Hale sets out what is seen as a rival plan then appears to …": the
// "then" joins two verbs and stays (then_joins.go); "Karol then joined
// …" right after the subject is still left out.
func TestThenJoiningVerbsStays(t *testing.T) {
	x := analyseText(t, "Harbour row\n\n"+
		"The two councillors have not spoken for a month. Tom Hale sets out what is seen as a rival harbour plan then appears to start his own campaign. Hale then wrote to the harbour board.")
	if e := dulyEdit(sentenceWith(t, x, "rival harbour plan")); len(e) != 0 {
		t.Errorf("dulyEdit on a \"then\" joining two verbs = %v", e)
	}
	e := dulyEdit(sentenceWith(t, x, "Hale then wrote"))
	if len(e) != 1 || !strings.Contains(e[0].old, "then") {
		t.Errorf("dulyEdit on \"Hale then wrote\" = %v, want \"then\" left out", e)
	}
}
