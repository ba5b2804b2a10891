package generate

import (
	"strings"
	"testing"
)

// hollinTrams is a city report in three runs of paragraphs, written for
// the test: a standfirst, a run on money that opens on what it is about,
// and a run on the drivers that opens by pointing back.
const hollinTrams = `Hollin's trams return after twenty years

The northern city has rebuilt a network it tore up in 1998

HOLLIN TORE UP its last tram lines in 1998, when the council judged buses cheaper to run. Two decades later the city has spent £410m laying 14 kilometres of track between the railway station and the university. The first trams left the Market Street depot on Monday morning, and more than 9,000 passengers rode them on the opening day.

The route follows the old line for most of its length. Engineers found the 1930s tracks still buried under the tarmac of Station Road, and some of the old tram poles now carry street lights. A second line, to the hospital and the eastern estates, is planned for 2029 if the government pays half of its cost.

Councillors argue that the trams will draw shoppers back to the centre. Footfall on Market Street fell by a third between 2010 and 2019, according to the chamber of commerce. Shopkeepers hope that a tram stop outside their doors will reverse that decline.

The network cost £410m, far more than the £260m the council promised in 2014. Delays in moving water pipes and gas mains under Market Street added £90m, and a dispute with the builder over signalling added a further £60m. The council borrowed most of the money from the national infrastructure bank, and it will repay the loans from fares and a levy on city-centre parking.

Much of the overspending came from surprises underground. Surveyors had mapped the pipes from the water company's records, which turned out to be wrong in dozens of places. Each surprise stopped work on a section of the street for weeks, and the builder charged the council for the idle crews and machines. An inquiry by the city's auditors found that a proper survey, costing about £2m, would have saved most of that money.

Critics say the fares will not cover the repayments. A single ticket costs £2.20, and the council expects 11m journeys a year. The opposition leader, Maria Okafor, says the levy on parking will drive shoppers to the retail park outside the city instead. The council's finance director replies that the levy raises £8m a year already.

Other cities are watching the accounts closely. Three of them have asked the transport ministry for money to build trams of their own, and the ministry has said it will judge their bids by the number of passengers Hollin carries in its first year. A poor year for Hollin's trams could cost the other cities their networks.

Running the trams is a new job for the city's workers. The council set up a company of its own to operate the network, rather than hiring a private firm as most cities do. Its managers came from tram systems in Germany and France, and they wrote the rules for the depot, the control room and the stops.

These drivers trained for eighteen months before carrying a passenger. Hollin hired 64 of them, most from its bus company, and each spent 300 hours at the controls of an empty tram. The drivers' union negotiated a pay rise of 6% for the move from buses to trams.

The union has warned that it will strike if the council cuts the number of conductors. Conductors check tickets and help disabled passengers on and off the trams. The council says that ticket machines at every stop make most of their work unnecessary, but it has promised no cuts this year.

The drivers themselves seem content with the change. Trams run on fixed tracks, they point out, so there is no traffic to weave through and no passenger asking to be let off between stops. Several of them say that the quiet of an electric motor has made the working day less tiring than it was on the buses, and the union reports that sick leave among them has fallen.`

func TestTopicTitles(t *testing.T) {
	res, err := Generate(hollinTrams, Options{})
	if err != nil {
		t.Fatal(err)
	}
	themes := res.Course.Themes
	if len(themes) < 2 {
		t.Fatalf("%d themes, want the report cut in two or more", len(themes))
	}
	byPara := map[int]string{}
	for _, th := range themes {
		byPara[th.Paragraphs[0]] = th.Title
	}
	// A run that opens on what it is about is titled by that sentence;
	// one that opens by pointing back ("These drivers …") is not.
	for _, th := range themes[1:] {
		first := strings.TrimSuffix(strings.SplitAfter(res.Course.Paragraphs[th.Paragraphs[0]-1].Text, ". ")[0], " ")
		first = strings.TrimSuffix(first, ".")
		pointsBack := strings.HasPrefix(first, "These ")
		if pointsBack && th.Title == first {
			t.Errorf("theme at ¶%d titled by its opening %q, which points back", th.Paragraphs[0], first)
		}
		if !pointsBack && len(strings.Fields(first)) <= topicTitleMax && th.Title != first {
			t.Errorf("theme at ¶%d titled %q, want its opening sentence %q", th.Paragraphs[0], th.Title, first)
		}
	}
	// No item asks what a title already says: the sentence that titles
	// a theme is not quoted, blanked or swapped under it.
	titled := map[string]string{}
	for _, th := range themes {
		titled[th.Slug] = th.Title
	}
	for _, d := range res.Drafts {
		if title := titled[d.Theme]; strings.TrimSuffix(d.Sentence, ".") == title {
			t.Errorf("item on %q under the title it repeats", d.Sentence)
		}
	}
	// The sentence is one an item would test under another title.
	for i, th := range themes {
		if !strings.HasPrefix(th.Title, "The network cost") {
			continue
		}
		a, err := analyse(SplitParagraphs(strings.SplitN(hollinTrams, "\n\n", 2)[1]))
		if err != nil {
			t.Fatal(err)
		}
		a.course = res.Course.Course.Title
		other := th
		other.Title = "Costs"
		rankSentences(a.sentencesOf(th.Paragraphs))
		opts := Options{courseTitle: a.course}.withDefaults()
		ts := a.titleSentence(th)
		if ts == nil {
			t.Fatalf("theme %d: no title sentence for %q", i+1, th.Title)
		}
		on := func(items []item) (n int) {
			for _, it := range items {
				if it.sent == ts {
					n++
				}
			}
			return n
		}
		if on(a.themeItems(other, opts, nil)) == 0 {
			t.Fatalf("no item on %q under another title: the test proves nothing", ts.text)
		}
		if n := on(a.themeItems(th, opts, nil)); n > 0 {
			t.Errorf("%d items on %q under the title it is", n, ts.text)
		}
	}
	// The themes an instructor is offered are titled as the drafts are.
	proposed, err := ProposeCourseThemes(res.Course.Course.Title, SplitParagraphs(strings.SplitN(hollinTrams, "\n\n", 2)[1]))
	if err != nil {
		t.Fatal(err)
	}
	if len(proposed) != len(themes) {
		t.Fatalf("%d themes proposed, %d drafted", len(proposed), len(themes))
	}
	for i := range proposed {
		if proposed[i].Title != themes[i].Title {
			t.Errorf("theme %d proposed as %q, drafted as %q", i+1, proposed[i].Title, themes[i].Title)
		}
	}
}

// A sentence that leans on the one before, quotes someone or runs long
// titles no theme.
func TestTopicTitleRefuses(t *testing.T) {
	for _, c := range []struct {
		para string
		ok   bool
	}{
		{"The cost of the network has angered many taxpayers. The estimate was £260m.", true},
		{"However, the cost of the network has angered many taxpayers. The estimate was £260m.", false},
		{"These drivers trained for eighteen months before carrying a passenger. Hollin hired 64.", false},
		{"The network cost “far too much”, say many of the taxpayers. The estimate was £260m.", false},
		{"The cost of the network, which the council first put at £260m in 2014 before the pipes moved, has angered taxpayers. It rose.", false},
		{"It cost too much. The estimate was £260m.", false},
		{"The cost of the network has angered many taxpayers, says Maria Okafor. The estimate was £260m.", false},
		{"By late last year the cost of the network had angered many taxpayers. The estimate was £260m.", false},
		{"Partly as a result, the cost of the network has angered taxpayers. The estimate was £260m.", false},
		{"Curiously, the cost of the network has angered few taxpayers. The estimate was £260m.", false},
		{"Taxpayers in the northern suburbs are angry about the cost. The estimate was £260m.", true},
		{"How much will the network cost the taxpayers of the northern suburbs? The estimate was £260m.", true},
		{"How different the network might have been with a proper survey. The estimate was £260m.", false},
		{"Consider the cost of the network to the taxpayers of the suburbs. The estimate was £260m.", false},
	} {
		a, err := analyse([]string{"Hollin has rebuilt its trams. The first ran on Monday.", c.para})
		if err != nil {
			t.Fatal(err)
		}
		got := a.topicTitle([]int{2})
		if c.ok != (got != "") {
			t.Errorf("%q: titled %q, want a title %v", c.para, got, c.ok)
		}
	}
	// A paragraph of one sentence titles a theme only where it opens the
	// article: a standfirst, not one fact of a news report.
	a, err := analyse([]string{"The northern city has rebuilt a network it tore up in 1998.", "The first trams left the Market Street depot on Monday morning.", "More than 9,000 passengers rode them on the opening day."})
	if err != nil {
		t.Fatal(err)
	}
	if got := a.topicTitle([]int{1, 2}); got != "The northern city has rebuilt a network it tore up in 1998" {
		t.Errorf("opening theme titled %q, want its standfirst", got)
	}
	if got := a.topicTitle([]int{2, 3}); got != "" {
		t.Errorf("later theme of one-sentence paragraphs titled %q, want none", got)
	}
}

func TestNearSentence(t *testing.T) {
	used := map[string]bool{"the union may strike over conductors": true, "conductors": true}
	if !nearSentence("The union may strike if the council cuts conductors", used) {
		t.Error("two sentences on the same strike taken as different titles")
	}
	if nearSentence("Conductors check tickets and help disabled passengers aboard", used) {
		t.Error("a sentence naming another theme's one-word title taken as the same title")
	}
}
