package generate

import (
	"regexp"
	"strings"
	"testing"
)

// TestFixedPhraseBlank: a blank never starts on the second word of "at
// present" nor runs from such a phrase into the noun after it.
func TestFixedPhraseBlank(t *testing.T) {
	x := analyseText(t, "The Rural Housing Council met in Leeds on Monday to hear the tenants.\n\n"+
		"At present councils, when letting the largest homes, can give priority to local families.")
	s := sentenceWith(t, x, "At present councils")
	cases := []struct {
		start, end int
		want       bool
	}{
		{strings.Index(s.text, "present"), strings.Index(s.text, ","), true},
		{0, strings.Index(s.text, ","), true},
		{strings.Index(s.text, "local"), strings.Index(s.text, "families") + len("families"), false},
	}
	for _, c := range cases {
		sp := &span{sent: s, start: c.start, end: c.end, text: s.text[c.start:c.end]}
		if got := fixedPhraseBlank(s, sp); got != c.want {
			t.Errorf("fixedPhraseBlank(%q) = %v, want %v", sp.text, got, c.want)
		}
	}
}

// TestTitleNameWrittenOut: "Mr Reed" and "the RHC" of a later sentence
// are written as the article first gave them.
func TestTitleNameWrittenOut(t *testing.T) {
	x := analyseText(t, "The Rural Housing Council (RHC) was set up to advise ministers on homes in villages. "+
		"Its chairman, Tom Reed, said rents had risen fast.\n\n"+
		"Mr Reed added that the RHC would publish its first report in the spring.")
	s := sentenceWith(t, x, "Mr Reed added")
	e, ok := x.titleNameEdit(s)
	if !ok || e.old != "Mr Reed" || e.new != "Tom Reed" {
		t.Errorf("titleNameEdit = %+v, %v; want Mr Reed -> Tom Reed", e, ok)
	}
	e, ok = x.acronymEdit(s)
	if !ok || e.old != "RHC" || e.new != "Rural Housing Council" {
		t.Errorf("acronymEdit = %+v, %v; want RHC -> Rural Housing Council", e, ok)
	}
	edits, ok := x.findContextEdits(s)
	if !ok {
		t.Fatalf("the sentence is held back; want it written out")
	}
	got, ok := applyEdits(s.text, edits)
	if !ok || !strings.HasPrefix(got, "Tom Reed added that the Rural Housing Council would") {
		t.Errorf("edited sentence = %q", got)
	}
	// A sentence that spells the name out keeps its letters.
	first := sentenceWith(t, x, "(RHC)")
	if _, ok := x.acronymEdit(first); ok {
		t.Errorf("acronymEdit on the sentence that spells the name out")
	}
}

// TestKindBackHeldBack: "the plans" and "the current technology" after a
// sentence that named the thing are held back; a kind said in the same
// sentence, or defined by what follows, is kept.
func TestKindBackHeldBack(t *testing.T) {
	x := analyseText(t, "Ministers met the farmers in York on Monday.\n\n"+
		"The minister proposed new rules in May to cut the grants paid to large farms. "+
		"The union said the plans had ignored the needs of upland farmers. "+
		"The union said the plans for upland farms were welcome.\n\n"+
		"Storing the pictures on current tape technologies means losing detail. "+
		"As cameras improve, the current technology is limiting. "+
		"Engineers adopted new steel plans and said the plans worked well.")
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"said the plans had ignored", true},
		{"the current technology is limiting", true},
		{"the plans for upland farms", false},
		{"adopted new steel plans", false},
		{"The minister proposed", false},
	} {
		s := sentenceWith(t, x, c.sent)
		if got := x.kindBack(s); got != c.want {
			t.Errorf("kindBack(%q) = %v, want %v", s.text, got, c.want)
		}
	}
}

var (
	titleSurnameRE = regexp.MustCompile(`\b(?:Mr|Mrs|Ms|Dr)\.? ([A-Z][\pL'-]+)`)
	capsWordRE     = regexp.MustCompile(`\b[A-Z]{2,6}\b`)
	capsRunRE      = regexp.MustCompile(`[A-Z][\pL-]*(?: (?:of |and |for |the )?[A-Z][\pL-]*)+`)
)

// namesLike is sentence as the generator writes its names out for
// statement (context_names.go): the first "Mr Reed" as the full name the
// statement gives, and letters ("RHC") as the name whose initials they
// are.
// nameRoleRE is a role in commas after a name: ", a spokesman for the
// cathedral,", ", EA's head of sales,".
var nameRoleRE = regexp.MustCompile(`^, (?:[a-z]|[\pL.]+['’]s )[^,"“”]*,`)

func namesLike(statement, sentence string) string {
	if m := titleSurnameRE.FindStringSubmatchIndex(sentence); m != nil && !strings.Contains(statement, sentence[m[0]:m[1]]) {
		// A given name the article wrote with a figure in it ("A0a
		// Berg", found by FuzzGenerate) is written in as given.
		full := regexp.MustCompile(`[A-Z][\pL\pN.'-]*(?: [A-Z][\pL\pN.'-]*)* ` + regexp.QuoteMeta(sentence[m[2]:m[3]]) + `\b`).FindString(statement)
		if full != "" {
			// With the role the article's apposition gave, where
			// titleNameEdit puts it in ("André Finot, a spokesman for
			// the cathedral, said").
			if i := strings.Index(statement, full); i >= 0 && !strings.HasPrefix(sentence[m[1]:], ",") {
				if r := nameRoleRE.FindString(statement[i+len(full):]); r != "" {
					full += r
				}
			}
			sentence = sentence[:m[0]] + full + sentence[m[1]:]
		}
	}
	for _, c := range capsWordRE.FindAllString(sentence, -1) {
		word := regexp.MustCompile(`\b` + c + `\b`)
		if len(word.FindAllString(statement, -1)) >= len(word.FindAllString(sentence, -1)) {
			continue
		}
		for _, run := range capsRunRE.FindAllString(statement, -1) {
			run = strings.TrimPrefix(run, "The ")
			if nameInitials(run) == c {
				// The first mention is written out, a later one left as
				// it is ("FEMA, a … FEMA!", found by FuzzGenerate).
				loc := word.FindStringIndex(sentence)
				// "The Federal … Agency" or "said the Federal …
				// Agency" where the letters stood alone
				// (acronymEdit).
				put := run
				for _, the := range []string{"The ", "the "} {
					if strings.Contains(statement, the+run) && !strings.HasSuffix(strings.ToLower(sentence[:loc[0]]), "the ") {
						put = the + run
						break
					}
				}
				// "Electronic Arts' games" for "EA's games".
				for _, apos := range []string{"'s", "’s"} {
					if strings.HasSuffix(run, "s") && strings.HasPrefix(sentence[loc[1]:], apos) && strings.Contains(statement, run+apos[:len(apos)-1]) {
						loc[1] += len(apos)
						put += apos[:len(apos)-1]
						break
					}
				}
				sentence = sentence[:loc[0]] + put + sentence[loc[1]:]
				break
			}
		}
	}
	return sentence
}

// TestTitleNameAfterRole: "Ms Cooper" is written out as the full name the
// article gave after her role and "said" ("said housing minister Yvette
// Cooper").
func TestTitleNameAfterRole(t *testing.T) {
	x := analyseText(t, "More money is to be given to councils to develop official caravan parks, said housing minister Yvette Cooper. "+
		"In November, MPs urged ministers to make councils create sites because 3,500 travellers have no place to stop. "+
		"Ms Cooper said an annual scheme to refurbish existing traveller sites would now be extended to consider council bids for new stopping places.")
	s := sentenceWith(t, x, "Ms Cooper said")
	e, ok := x.titleNameEdit(s)
	if !ok || e.old != "Ms Cooper" || e.new != "Yvette Cooper" {
		for _, p := range x.sents {
			for _, sp := range p.spans {
				t.Logf("span %q kind %v", sp.text, sp.kind)
			}
		}
		t.Errorf("titleNameEdit = %+v, %v; want Ms Cooper -> Yvette Cooper", e, ok)
	}
}

// TestReportedFrameEdit: "Gaming would continue to thrive" after "The CEA
// predicted that …" is quoted with the frame put on it.
func TestReportedFrameEdit(t *testing.T) {
	x := analyseText(t, "The CEA predicted that there would be several key technology trends to watch in the coming year. "+
		"Gaming would continue to thrive, especially on mobile devices, and would reach out to more diverse gamers such as women.")
	s := sentenceWith(t, x, "Gaming would")
	edits, ok := x.findContextEdits(s)
	if !ok {
		t.Fatalf("the sentence is held back; want it framed")
	}
	got, ok := applyEdits(s.text, edits)
	if !ok || !strings.HasPrefix(got, "The CEA predicted that gaming would continue to thrive") {
		t.Errorf("edited sentence = %q", got)
	}
	// The sentence with its own frame keeps it.
	if _, ok := x.reportedFrameEdit(sentenceWith(t, x, "several key")); ok {
		t.Errorf("reportedFrameEdit on the framing sentence")
	}
}

// TestAcronymPossessiveInS: the letters of a body whose name ends in a
// plural ("Harbour Works (HW)") written out before "'s" take the
// apostrophe alone: "Harbour Works' boats", not "Harbour Works's".
func TestAcronymPossessiveInS(t *testing.T) {
	x := analyseText(t, "Boat builder Harbour Works (HW) says it wants to become the largest yard in Europe.\n\n"+
		"Mr Dunn said that more than 40% of all HW's boats were sold abroad.")
	s := sentenceWith(t, x, "Mr Dunn said")
	e, ok := x.acronymEdit(s)
	if !ok || e.old != "HW's" || e.new != "Harbour Works'" {
		t.Errorf("acronymEdit = %+v, %v; want HW's -> Harbour Works'", e, ok)
	}
	edits, ok := x.findContextEdits(s)
	if !ok {
		t.Fatalf("the sentence is held back; want it written out")
	}
	got, ok := applyEdits(s.text, edits)
	if !ok || !strings.Contains(got, "of all Harbour Works' boats") || strings.Contains(got, "Works's") {
		t.Errorf("edited sentence = %q", got)
	}
}

// TestTitleNameWithRole: "Mr Dunn" of a later paragraph is written as the
// full name with the role the article's apposition gave him, even where
// the tagger took the full name for a place ("Jan" read as the month);
// "said Mr Dunn." at the end takes the name alone.
func TestTitleNameWithRole(t *testing.T) {
	x := analyseText(t, "Boat builder Harbour Works (HW) says it wants to become the largest yard in Europe.\n\n"+
		"Jan Dunn, HW's head of sales and marketing in Asia, said the yard was growing.\n\n"+
		"Mr Dunn said boat firms had to work more closely with sailing clubs. \"We need them,\" said Mr Dunn.")
	s := sentenceWith(t, x, "Mr Dunn said boat")
	e, ok := x.titleNameEdit(s)
	want := "Jan Dunn, HW's head of sales and marketing in Asia,"
	if !ok || e.old != "Mr Dunn" || e.new != want {
		t.Errorf("titleNameEdit = %+v, %v; want Mr Dunn -> %s", e, ok, want)
	}
	s = sentenceWith(t, x, "said Mr Dunn.")
	if e, ok := x.titleNameEdit(s); ok && e.new != "Jan Dunn" {
		t.Errorf("titleNameEdit at the end = %+v; want the name alone", e)
	}
}

// TestSurnameFullNeedsLetters: a surname is written out only with a first
// name spelt in letters ("Ruth Vance"), never with a token of digits the
// tagger took for a name ("B00a Vance"), which no reader would take for
// her name either.
func TestSurnameFullNeedsLetters(t *testing.T) {
	x := analyseText(t, "Ruth Vance opened the new library on Monday. Ms Vance said the shelves were full.")
	if got := x.surnameFull("Vance"); got != "Ruth Vance" {
		t.Fatalf("surnameFull(Vance) = %q, want Ruth Vance", got)
	}
	x = analyseText(t, "B00a Vance 0000000! Ms Vance 0 C B c 0 0 000 000!")
	if got := x.surnameFull("Vance"); strings.ContainsAny(got, "0123456789") {
		t.Fatalf("surnameFull(Vance) = %q, a name with digits", got)
	}
}

// TestTitleNameInCapitals: a title is a title as a report writes it
// ("Dr Hale"); in capitals ("DR Hale", as in "DR Congo") it is no title,
// and the surname after it is not written out as a person's full name.
func TestTitleNameInCapitals(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{{"Dr", true}, {"Dr.", true}, {"DR", false}, {"dr", false}} {
		x := analyseText(t, "Anna Hale leads the survey of the northern coast for the county. "+
			"The report written by "+c.title+" Hale was published in May after three weeks of counting.")
		s := sentenceWith(t, x, "The report written")
		e, ok := x.titleNameEdit(s)
		if ok != c.want || ok && e.new != "Anna Hale" {
			t.Errorf("%q Hale: titleNameEdit = %+v, %v; want written out %v", c.title, e, ok, c.want)
		}
	}
}

// TestAcronymTakesThe: letters standing alone where the article wrote the
// name with "the" are written out with it ("The Rural Housing Council,
// a body of …", "said the Rural Housing Council"); after "the" they take
// no second one.
func TestAcronymTakesThe(t *testing.T) {
	x := analyseText(t, "The Rural Housing Council (RHC) was set up to advise ministers on homes in villages. "+
		"RHC, a body of twelve members, meets in Leeds. "+
		"Ministers said RHC had asked for more money. "+
		"Tom Reed said the RHC would report in the spring. "+
		"After a long campaign—the RHC wrote to every MP—rents were capped.")
	for _, c := range []struct{ sub, want string }{
		{"RHC, a body", "The Rural Housing Council"},
		{"Ministers said RHC", "the Rural Housing Council"},
		{"said the RHC", "Rural Housing Council"},
		{"campaign—the RHC", "Rural Housing Council"},
	} {
		e, ok := x.acronymEdit(sentenceWith(t, x, c.sub))
		if !ok || e.old != "RHC" || e.new != c.want {
			t.Errorf("%q: acronymEdit = %+v, %v; want RHC -> %q", c.sub, e, ok, c.want)
		}
	}
}
