package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

func TestPossessiveOpeningResolved(t *testing.T) {
	x, err := analyse([]string{
		"The hospitals of the north were short of trained staff for most of the century. " +
			"Many wards were run by volunteers from the churches of the towns.",
		"Maria Holt trained as a nurse at the city hospital in Leeds. " +
			"Her first post was on a fever ward at the edge of the city.",
		"Tomas Brand grew up on a farm in the hills above Varna. " +
			"His father kept sheep and sold wool at the market in the town.",
		"Tomas Brand met Maria Holt at the hospital in Leeds. " +
			"His letters to her were printed after the war by his son.",
		"Edda Lund wrote plays for her own theatre in Malmo for twenty years. " +
			"His plays were staged there by Karl Berg in the same years.",
		"Jon Ask taught music at the school in Lund for ten years. " +
			"His pupils included Karl Berg, who later praised him in a book.",
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		// One woman is the subject of the sentence before: "Her" is hers.
		"Her first post was on a fever ward at the edge of the city.": "Maria Holt's first post was on a fever ward at the edge of the city.",
		// One man, likewise.
		"His father kept sheep and sold wool at the market in the town.": "Tomas Brand's father kept sheep and sold wool at the market in the town.",
		// Two people in the sentence before: whose letters?
		"His letters to her were printed after the war by his son.": "",
		// The sentence before is about a woman ("her own theatre"): "His"
		// is someone else.
		"His plays were staged there by Karl Berg in the same years.": "",
		// Another man in the sentence and a later pronoun: "him" may be
		// either.
		"His pupils included Karl Berg, who later praised him in a book.": "",
	}
	for _, s := range x.sents {
		w, ok := want[s.text]
		if !ok {
			continue
		}
		delete(want, s.text)
		if got := x.prevSubjectResolved(s); got != w {
			t.Errorf("%q: got %q, want %q", s.text, got, w)
		}
	}
	for s := range want {
		t.Errorf("sentence not found: %q", s)
	}
}

func TestParticipleOpeningResolved(t *testing.T) {
	x, err := analyse([]string{
		"The port of Varna lost much of its trade in the years after the war. " +
			"Many of its warehouses stood empty for a decade or more.",
		"Anton Weil spoke for the shipowners of Varna before the city council. " +
			"Speaking to the council in March, he asked for lower harbour dues on grain.",
		"Lena Falk led the dock workers' union in Varna for twelve years. " +
			"Elected in 1921, she won the dockers a shorter working week.",
		"Anton Weil met Lena Falk at the harbour office. " +
			"Speaking to the press afterwards, he praised the union's patience.",
		"Building the new quay took the city four years and most of its budget.",
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		// A present participle's phrase before the pronoun.
		"Speaking to the council in March, he asked for lower harbour dues on grain.": "Speaking to the council in March, Anton Weil asked for lower harbour dues on grain.",
		// A past participle's.
		"Elected in 1921, she won the dockers a shorter working week.": "Elected in 1921, Lena Falk won the dockers a shorter working week.",
		// Two people in the sentence before: which one spoke?
		"Speaking to the press afterwards, he praised the union's patience.": "",
		// A gerund as subject: no pronoun to put a name for.
		"Building the new quay took the city four years and most of its budget.": "",
	}
	for _, s := range x.sents {
		w, ok := want[s.text]
		if !ok {
			continue
		}
		delete(want, s.text)
		if got := x.prevSubjectResolved(s); got != w {
			t.Errorf("%q: got %q, want %q", s.text, got, w)
		}
	}
	for s := range want {
		t.Errorf("sentence not found: %q", s)
	}
}

func TestShellNounBack(t *testing.T) {
	x, err := analyse([]string{
		"The town of Brelling held its first book fair in the spring of 2004. " +
			"The event drew four thousand visitors to the old market hall.",
		"A lighthouse keepers' union warned the harbour board about the state of the wall. " +
			"The warning came after a storm broke two of the granite blocks.",
		"The harbour board decided to rebuild the breakwater in stone. " +
			"The decision left the town short of money for a decade.",
		"The harbour board met in the old market hall every month. " +
			"The building was put up by the merchants of the town in 1720.",
		"The Geneva talks ended without an agreement on the harbour dues. " +
			"The rise in harbour dues was the largest in fifty years.",
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{
		// A noun that sums up what was told.
		"The event drew four thousand visitors to the old market hall.": true,
		// The noun of the verb of the sentence before.
		"The warning came after a storm broke two of the granite blocks.": true,
		"The decision left the town short of money for a decade.":         true,
		// A noun for a thing, not for what was told.
		"The building was put up by the merchants of the town in 1720.": false,
		// A name says which talks; a phrase after the noun says which rise.
		"The Geneva talks ended without an agreement on the harbour dues.": false,
		"The rise in harbour dues was the largest in fifty years.":         false,
	}
	for _, s := range x.sents {
		w, ok := want[s.text]
		if !ok {
			continue
		}
		delete(want, s.text)
		if got := x.shellNounBack(s); got != w {
			t.Errorf("%q: got %v, want %v", s.text, got, w)
		}
	}
	for s := range want {
		t.Errorf("sentence not found: %q", s)
	}
}

// TestNamedLaterOtherPerson: a pronoun before the subject's name is
// hers though the sentence names another person after every pronoun of
// hers; not when the other person comes first or a pronoun of hers
// comes after them.
func TestNamedLaterOtherPerson(t *testing.T) {
	after := strings.Replace(pronounBio, "Even after she lost her sight, Lindqvist kept teaching at the academy in Stockholm.",
		"Throughout her life, Lindqvist kept a copy of a portrait by the painter Carl Larsson.", 1)
	x := analyseText(t, after)
	if !x.namedLater(sentenceWith(t, x, "Throughout her life")) {
		t.Errorf("namedLater(Throughout her life, Lindqvist … Carl Larsson) = false")
	}
	later := strings.Replace(pronounBio, "Even after she lost her sight, Lindqvist kept teaching at the academy in Stockholm.",
		"Throughout her life, Lindqvist kept a portrait by the painter Carl Larsson in her studio.", 1)
	y := analyseText(t, later)
	if y.namedLater(sentenceWith(t, y, "Throughout her life")) {
		t.Errorf("namedLater(… Carl Larsson in her studio) = true")
	}
}

func TestBackReferenceOpenings(t *testing.T) {
	x, err := analyse([]string{
		"The Lind family kept a shop on the quay at Varna for forty years.",
		"Karl Lind married Anna Berg in 1876, and they had three sons in Varna. " +
			"One of the surviving sons was Peter, later a printer in Lund. " +
			"One of the largest ports in the north was Varna at that time. " +
			"Some of the workers at the shop were paid in grain.",
		"The Lind family moved to Lund in 1890. " +
			"In Lund, the couple had five more children. " +
			"A couple of weeks later the shop opened again.",
		"Few people get excited when some new software is released. " +
			"But this release drew crowds to the shops. " +
			"Fans of the software raised money for an advert in the papers.",
		"A shortage of chips hit car makers in the spring. " +
			"Varta lost sales due to the chip shortage in May.",
		"A fund raised $250,000 for the advert in six weeks. " +
			"The surplus cash will be used to keep the trust running. " +
			"The new cash will be used to pay the printers of the advert.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sub  string
		want bool
	}{
		{"One of the surviving sons", true}, // which sons?
		{"One of the largest ports", false}, // a superlative says which
		{"Some of the workers at", false},   // "at the shop" says which
		{"the couple had five", true},       // which couple?
		{"A couple of weeks", false},        // a measure, not two people
		{"Fans of the software", true},      // "some new software" before
		{"due to the chip shortage", false}, // a modifier says which
		{"The surplus cash", true},          // surplus over what?
		{"The new cash", false},             //
	} {
		s := sentenceWith(t, x, tc.sub)
		if got := x.leansBack(s); got != tc.want {
			t.Errorf("%q: leansBack = %v, want %v", s.text, got, tc.want)
		}
	}
}

func TestNamedHeadEdit(t *testing.T) {
	x, err := analyse([]string{
		"The harbour of Dunmere lost much of its trade in the years after the war.",
		"The Harbour Trust's Paying the Toll report said 400 boats were lost at sea. " +
			"The report said the board had agreed in 1970 to repair the quay.",
		"The Trust's Blue Water report said the quay was safe for ships. " +
			"The Council's Green Harbour report said the quay was not safe. " +
			"The report said the board had not met for a year.",
		"The report it published on Monday said the town had grown in the spring.",
		"The Dunmere council said tackling poverty would be one its main aims. " +
			"The report said 30 ships had sunk off the coast in 1990.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sub     string
		has, ok bool
		rep     string
	}{
		{"agreed in 1970", true, true, "The Harbour Trust's Paying the Toll report"},
		{"had not met", true, false, ""},      // two reports named before
		{"it published on", false, false, ""}, // the sentence says which
		{"30 ships had sunk", false, false, ""},
	} {
		s := sentenceWith(t, x, tc.sub)
		e, has, ok := x.namedHeadEdit(s)
		if has != tc.has || ok != tc.ok || ok && (e.old != "The report" || e.new != tc.rep) {
			t.Errorf("%q: namedHeadEdit = %+v, %v, %v; want %q, %v, %v", s.text, e, has, ok, tc.rep, tc.has, tc.ok)
		}
	}
	// A statement quotes its sentence with the name put in, and with
	// "one his" mended; where two reports were named, it is not asked.
	for sub, want := range map[string]string{
		"agreed in 1970": "True or false? The Harbour Trust's Paying the Toll report said the board had agreed in 1970 to repair the quay.",
		"one its main":   "True or false? The Dunmere council said tackling poverty would be one of its main aims.",
		"had not met":    "",
	} {
		s := sentenceWith(t, x, sub)
		it := item{sent: s, q: &quiz.Question{Type: quiz.TrueFalse, Prompt: "True or false? " + s.text}}
		ok := x.standAlone(&it)
		if want == "" && ok || want != "" && (!ok || it.q.Prompt != want) {
			t.Errorf("%q: standAlone = %v, %q; want %q", s.text, ok, it.q.Prompt, want)
		}
	}
}

func TestPossessiveShellEdit(t *testing.T) {
	x, err := analyse([]string{
		"The harbour of Dunmere flooded twice in the spring of 1990.",
		"Anna Berg is at a meeting of the council in Varna this week. " +
			"Karl Lind reacted to her warning by calling a meeting of the board. " +
			"Karl Lind repeated his warning that the quay would flood in spring.",
		"The board met in March and again in May. " +
			"Karl Lind reacted to her warning by sending a letter to the board.",
		"Anna Berg met Peter Holm at the quay in Varna. " +
			"Karl Lind reacted to her warning by closing the quay. " +
			"The union reacted to their warning by calling a strike.",
		`Labour's Mr Livingstone, who says he is "standing by" his remarks, had accused an Evening Standard journalist of being like a "concentration camp guard".`,
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sub     string
		has, ok bool
		rep     string
	}{
		{"reacted to her warning by calling", true, true, "Berg's warning"}, // one woman before: hers
		{"repeated his warning that", false, false, ""},                     // "that …" says which
		{"reacted to her warning by sending", true, false, ""},              // no one before
		{"reacted to her warning by closing", true, false, ""},              // two people before
		{"reacted to their warning", true, false, ""},                       // whose?
		{"who says he is", false, false, ""},                                // his own: "he" stands for the subject
	} {
		s := sentenceWith(t, x, tc.sub)
		e, has, ok := x.possessiveShellEdit(s)
		if has != tc.has || ok != tc.ok || ok && e.new != tc.rep {
			t.Errorf("%q: possessiveShellEdit = %+v, %v, %v; want %q, %v, %v", s.text, e, has, ok, tc.rep, tc.has, tc.ok)
		}
	}
	// The statement quotes its sentence with the name put in; where no
	// one person can be, it is not asked.
	s := sentenceWith(t, x, "reacted to her warning by calling")
	it := item{sent: s, q: &quiz.Question{Type: quiz.TrueFalse, Prompt: "True or false? " + s.text}}
	if !x.standAlone(&it) || !strings.Contains(it.q.Prompt, "reacted to Berg's warning by") {
		t.Errorf("statement: %q", it.q.Prompt)
	}
	s = sentenceWith(t, x, "reacted to her warning by sending")
	it = item{sent: s, q: &quiz.Question{Type: quiz.TrueFalse, Prompt: "True or false? " + s.text}}
	if x.standAlone(&it) {
		t.Errorf("statement asked without whose warning: %q", it.q.Prompt)
	}
}

func TestPairEdit(t *testing.T) {
	x, err := analyse([]string{
		"The Lind family kept a shop on the quay at Varna for forty years.",
		"Anna Berg married Karl Lind in Varna in 1876. " +
			"The couple had three sons in Varna before they moved to Lund.",
		"Anna Berg met Karl Lind and Peter Holm in Varna in 1880. " +
			"The couple had a shop on the quay in Lund.",
		"Anna Berg married Karl Lind in Varna in 1876. " +
			"The couple's sons ran the shop in Lund.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sub, want string // want "" where the sentence is held back
	}{
		{"three sons in Varna", "True or false? Berg and Lind had three sons in Varna before they moved to Lund."},
		{"a shop on the quay in Lund", ""}, // three people before: which two?
		{"The couple's sons", ""},          // a possessive is not rewritten
	} {
		s := sentenceWith(t, x, tc.sub)
		it := item{sent: s, q: &quiz.Question{Type: quiz.TrueFalse, Prompt: "True or false? " + s.text}}
		ok := x.standAlone(&it)
		if tc.want == "" && ok || tc.want != "" && (!ok || it.q.Prompt != tc.want) {
			t.Errorf("%q: standAlone = %v, %q; want %q", s.text, ok, it.q.Prompt, tc.want)
		}
	}
}

// A sentence placing its subject close behind or ahead of something only
// the sentence before names takes the one place named there, or is held
// back; one that names it stays as it is.
func TestBehindBack(t *testing.T) {
	x, err := analyse([]string{
		"Sales of electric bicycles rose sharply across the north of Europe last year.",
		"The biggest jump was in Norway, where sales rose by 90%. " +
			"Sweden was close behind, with sales almost doubling in a year. " +
			"Denmark was not far behind. " +
			"Finland came close behind Norway in the number of shops. " +
			"Iceland stayed well ahead of its neighbours in the share of riders. " +
			"The shops behind the station sold most of them.",
		"Sales doubled in Spain and in Portugal. Italy was close behind, with sales up by half.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sub  string
		back bool
		edit string
	}{
		{"Sweden was close behind", false, "close behind Norway"}, // Norway named before
		{"Denmark was not far behind", true, ""},                  // behind whom?
		{"Finland came close", false, ""},                         // names Norway
		{"Iceland stayed well", false, ""},                        // names its neighbours
		{"The shops behind", false, ""},                           // a place, no ranking
		{"Italy was close behind", true, ""},                      // Spain or Portugal?
	} {
		s := sentenceWith(t, x, tc.sub)
		if got := x.behindBack(s); got != tc.back {
			t.Errorf("%q: behindBack = %v, want %v", s.text, got, tc.back)
		}
		if tc.back && !x.leansBack(s) {
			t.Errorf("%q: leansBack = false, want true", s.text)
		}
		e, ok := x.behindEdit(s)
		if ok != (tc.edit != "") || ok && e.new != tc.edit {
			t.Errorf("%q: behindEdit = %q, %v, want %q", s.text, e.new, ok, tc.edit)
		}
	}
	// The statement drafted on the mended sentence names the place.
	s := sentenceWith(t, x, "Sweden was close behind")
	edits, ok := x.findContextEditsWith(s, true)
	if !ok {
		t.Fatalf("%q: no context edits", s.text)
	}
	found := false
	for _, e := range edits {
		found = found || e.new == "close behind Norway"
	}
	if !found {
		t.Errorf("%q: edits %v lack the place", s.text, edits)
	}
}

// TestNamedHeadEditInName: "The orchestra" after a sentence naming "the
// BBC Symphony Orchestra" is written as that name.
func TestNamedHeadEditInName(t *testing.T) {
	x := analyseText(t, "His first prominent post was conductor of the City of Birmingham Orchestra in 1924. "+
		"When the British Broadcasting Corporation appointed him director of music in 1930, he established the BBC Symphony Orchestra and became its chief conductor. "+
		"The orchestra set standards of excellence that were rivalled in Britain only by the London Philharmonic Orchestra (LPO), founded two years later.")
	s := sentenceWith(t, x, "set standards")
	e, has, ok := x.namedHeadEdit(s)
	if !has || !ok || e.old != "The orchestra" || e.new != "The BBC Symphony Orchestra" {
		t.Errorf("namedHeadEdit = %+v, %v, %v; want The orchestra -> The BBC Symphony Orchestra", e, has, ok)
	}
}

// A short report's second paragraph opens on the person whose own
// remarks it tells of ("who says he is … his remarks"): the statement
// quotes it whole, with no sentence before to say whose.
func TestOwnPossessiveStatement(t *testing.T) {
	text := "Blair says mayor should apologise\n\n" +
		`Tony Blair has urged London mayor Ken Livingstone to apologise for his "Nazi" comment to a Jewish reporter.` + "\n\n" +
		`Labour's Mr Livingstone, who says he is "standing by" his remarks, had accused an Evening Standard journalist of being like a "concentration camp guard". ` +
		`Mr Livingstone has said the remarks may have been offensive but were not racist, and said he would not apologise even if the prime minister asked.` + "\n\n" +
		`Mr Blair, who was instrumental in returning Mr Livingstone to the Labour Party, insisted on Wednesday it was time for the London mayor to say sorry.` + "\n"
	res, err := Generate(text, Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range append(append([]Draft{}, res.Drafts...), res.Held...) {
		if d.Question != nil && strings.Contains(d.Question.Prompt, "had accused an Evening Standard journalist") {
			if !strings.Contains(d.Question.Prompt, "Labour's Ken Livingstone, who says he is") {
				t.Errorf("prompt %q: want the sentence quoted whole with the full name", d.Question.Prompt)
			}
			return
		}
	}
	t.Error("no statement drafted on Livingstone's accusation")
}

// An abstract thing or a land told the sentence before and then called
// by its kind ("The undertaking", "The new land", "The issue") points at
// nothing read alone; a kind the article keeps coming back to is its
// topic and stays.
func TestAbstractHeadBack(t *testing.T) {
	x := analyseText(t, "Tomas Vik was a Norwegian sea captain who charted the coast of Greenland.\n\n"+
		"In 1821 the navy asked Vik to chart the northern coast. The undertaking needed two ships and sixty men. "+
		"After six weeks the ships reached an unknown coast north of the bay. The new land was mapped the next summer.\n\n"+
		"Parents often cannot tell which games suit their children. The issue has worried teachers for years.\n\n"+
		"The expedition left Bergen in May. The expedition reached the ice in June. The expedition wintered at Disko. "+
		"The expedition returned in 1824.\n\nVik sailed home in spring. The return voyage began in May 1824.")
	want := map[string]bool{
		"The undertaking needed two ships and sixty men.": true,
		"The new land was mapped the next summer.":        true,
		"The issue has worried teachers for years.":       true,
		"The expedition reached the ice in June.":         false,
		"The return voyage began in May 1824.":            false,
	}
	for _, s := range x.sents {
		w, ok := want[s.text]
		if !ok {
			continue
		}
		delete(want, s.text)
		if got := x.shellNounBack(s); got != w {
			t.Errorf("%q: got %v, want %v", s.text, got, w)
		}
	}
	for s := range want {
		t.Errorf("sentence not found: %q", s)
	}
}

// "The new land" after a sentence that named the land is repaired to the
// name, and not held back; with no name given it is held back.
func TestLandNameEdit(t *testing.T) {
	x := analyseText(t, "Tomas Vik was a Norwegian sea captain who charted the coast of Greenland.\n\n"+
		"After six weeks the ships reached a coast that Vik named Stott Land. The new land was mapped in 1823.\n\n"+
		"Vik later sailed west and reached an unknown coast. The new land was too icy to map.")
	named := sentenceWith(t, x, "was mapped in 1823")
	if x.shellNounBack(named) {
		t.Errorf("held back though the land was named: %q", named.text)
	}
	edits, ok := x.contextEdits(named)
	got, applied := applyEdits(named.text, edits)
	if !ok || !applied || got != "Stott Land was mapped in 1823." {
		t.Errorf("edits %v, %v: %q", edits, ok, got)
	}
	if unnamed := sentenceWith(t, x, "too icy to map"); !x.shellNounBack(unnamed) {
		t.Errorf("not held back: %q", unnamed.text)
	}
}
