package generate

import (
	"strings"
	"testing"
)

// A ruler's life whose lead bracket nests another (a pronunciation in
// square brackets inside a bracket of names in other languages): the
// course is the ruler, by the name with an epithet the lead says he is
// known by, else by his regnal name.
const regnalLead = "Aldric II ( /ˈældrɪk/; Old Norse: Aldríkr, Modern Norwegian: Aldrik (Norwegian pronunciation: [ˈɑldrɪk]) or Kong Aldrik; 3 May 1201 – 8/9 June 1263) was the fourth and longest-reigning King of Vestmark, from 1225 to his death in 1263."

const regnalBody = "\n\nAldric was born in Halden, the eldest son of the old king. At twelve, young Aldric was sent to the monastery school at Nidaros.\n\n" +
	"In 1230 Aldric made peace with the Danes and married a Danish princess. The treaty held for twenty years.\n\n" +
	"Late in life Aldric wrote down the laws of the realm in one book, which courts used for centuries. He died at Bergen in 1263."

func TestRegnalCourseTitle(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{regnalLead + " He is known in the north as Aldric the Just for his book of laws." + regnalBody, "Aldric the Just"},
		{regnalLead + regnalBody, "Aldric II"},
	} {
		x := analyseText(t, c.text)
		if got := x.courseTitle(); got != c.want {
			t.Errorf("course title = %q, want %q", got, c.want)
		}
		if _, short := x.biographySubject(); short != "Aldric" {
			t.Errorf("biographySubject short = %q, want Aldric", short)
		}
	}
}

func TestInnerBracketsBlank(t *testing.T) {
	in := "Ann (Swedish: Anna (pronounced [ana]); 1850) was"
	got := innerBracketsBlank(in)
	if len(got) != len(in) || strings.Contains(got, "[ana]") || !strings.Contains(got, "(Swedish: Anna ") || !strings.Contains(got, "; 1850) was") {
		t.Errorf("innerBracketsBlank(%q) = %q", in, got)
	}
}
