package generate

import (
	"strings"
	"testing"
)

// Connectives that the blind judges of set 107 asked to leave out, in
// sentences of our own of the kind they saw: a closing "for example"
// ("… has collapsed in the past two decades, for example.", both judges:
// "The trailing 'for example' refers to the previous sentence; drop
// it"), and a "too" between a verb and its object, which left a stray
// comma ("required, the abstention", both judges, GRAMMAR).
func TestConnectivesOfSet107(t *testing.T) {
	x := analyseText(t, "The harbour board met in Port Wenna in 2019. "+
		"The share of anglers who fish from the old quay has halved in the past ten years, for example. "+
		"The board's plan required, too, the consent of the county council, which owns the slipway. "+
		"Until the plan is approved, however, the quay stays open. "+
		"Fishermen in Looe, for instance, paid half the Port Wenna rent. "+
		"One of the boats, for example, regularly lands forty crates a day.")
	for _, c := range []struct{ sent, want string }{
		{"The share of anglers", "The share of anglers who fish from the old quay has halved in the past ten years."},
		{"The board's plan", "The board's plan required the consent of the county council, which owns the slipway."},
		{"Until the plan", "Until the plan is approved, the quay stays open."},
		{"Fishermen in Looe", "Fishermen in Looe paid half the Port Wenna rent."},
		{"One of the boats", "One of the boats regularly lands forty crates a day."},
	} {
		s := sentenceWith(t, x, c.sent)
		got := s.text
		for _, e := range innerConnectiveEdits(s) {
			got = strings.Replace(got, e.old, e.new, 1)
		}
		if got != c.want {
			t.Errorf("got  %q\nwant %q", got, c.want)
		}
	}
}

// A headline that names one person over a lead that opens on another.
// Set 106's report on a university attack was titled with the prime
// minister's name and opened on the student leader ("… is no stranger to
// trouble. She heads the student union at …"); the prime minister was
// named in more of its paragraphs, so the course title's word became the
// lead person's short name, and "She heads the student union" was
// drafted as "Modi heads the student union" (both judges, WRONG). In a
// text of our own: the statement names the union leader or no one.
func TestHeadlinePersonIsNotTheLeads(t *testing.T) {
	text := strings.Join([]string{
		"A dock strike brings trouble for Ravi Patel",
		"ANNA FERRIS is no stranger to trouble. She leads the dockers' union at Port Wenna, a busy harbour whose quays have long been a seedbed of strikes. Even so, Ms Ferris did not expect to be arrested on January 5th.",
		"The strike began when Mr Patel, the mayor, closed the fish market. Mr Patel said the market had lost money for six years.",
		"Mr Patel, who was re-elected last May with a bigger majority, has faced many strikes before. Ms Ferris says this one is different.",
		"The harbour board backed Mr Patel's plan. Traders in the town say the plan will cost two hundred jobs.",
		"Mr Patel still has no rival on the council. The dockers plan to march on the town hall in March.",
	}, "\n\n")
	x := analyseText(t, text)
	x.course = "A dock strike brings trouble for Ravi Patel"
	if got := x.prevSubjectName(sentenceWith(t, x, "She leads the dockers")); strings.Contains(got, "Patel") {
		t.Errorf("\"She leads the dockers' union\" stands for %q", got)
	}
}

// "Unperturbed, Pedro Sánchez, the Socialist caretaker prime minister,
// struck a deal …" (set 107): the opening word says he went on despite
// what the sentence before told; both judges asked for it to go. In a
// sentence of our own.
func TestUnmovedOpenerDropped(t *testing.T) {
	x := analyseText(t, "The council rejected the harbour plan in March. Undeterred, Anna Ferris, the harbour master, took the plan to the county court. Unfinished roads still block the quay.")
	if got, want := focusRepaired(sentenceWith(t, x, "Undeterred")), "Anna Ferris, the harbour master, took the plan to the county court."; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if got := openingConnective(sentenceWith(t, x, "Unfinished roads")); got != 0 {
		t.Errorf("\"Unfinished roads\": %d opening tokens dropped, want none", got)
	}
}

// Set 108, in sentences of our own: a small-caps opening of short words
// ("FOR A MAN whose reputation was shadowy …" stayed in capitals and a
// blank took "A MAN"; both judges, BAD-BLANK); an order after an
// infinitive of purpose ("To understand the region's tragedy, look at
// how …", both judges: not a statement to judge); an opening "To
// understand why," that points back (set 109, both judges, CONTEXT).
func TestSet108Openings(t *testing.T) {
	body := "Mr Ferris spoke in Truro. NATO met in June."
	for _, c := range []struct{ in, want string }{
		{"FOR A MAN so shy, Ferris was often seen on the quay.", "For a man so shy, Ferris was often seen on the quay."},
		{"IT spending rose by 2% last year.", "IT spending rose by 2% last year."},
		{"US officials denied it.", "US officials denied it."},
		{"A UN panel met in Truro.", "A UN panel met in Truro."},
		{"IN THE UK the quays are busy.", "IN THE UK the quays are busy."},
	} {
		if got := recaseLeads([]string{c.in, body}); got[0] != c.want {
			t.Errorf("recaseLeads(%q) = %q, want %q", c.in, got[0], c.want)
		}
	}
	x := analyseText(t, "The harbour lost half its trawlers in ten years. "+
		"To understand the harbour's decline, look at how the board has raised its fees. "+
		"To reach the quay, the trawlers pass the old lighthouse. "+
		"To understand why, the board asked two historians to study the harbour's accounts.")
	if !imperative(sentenceWith(t, x, "To understand the harbour")) {
		t.Error(`"To understand …, look at how …" not read as an order`)
	}
	if imperative(sentenceWith(t, x, "To reach the quay")) {
		t.Error(`"To reach the quay, the trawlers pass …" read as an order`)
	}
	if got, want := focusRepaired(sentenceWith(t, x, "To understand why")), "The board asked two historians to study the harbour's accounts."; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// A life told by its pronouns (set 108's obituary: its subject named in
// the lead alone, after a fronted phrase, and 78 personal pronouns, all
// his; it proposed two items). In a text of our own: the lead names the
// person the course title names, after a long fronted phrase, and the
// rest says "she"; the life's subject is found, called by the surname,
// and "She ran …" is asked as "Ferris ran …".
func TestTitledLifeName(t *testing.T) {
	text := strings.Join([]string{
		"For a woman who rarely spoke at meetings of the harbour board, Anna Ferris sometimes made herself startlingly heard.",
		"She ran the dockers' union at Port Wenna for twenty years. Her speeches on the quay drew crowds of hundreds.",
		"She was born in Truro in 1931, the daughter of a trawler skipper. Her father lost his boat in a storm in 1940.",
		"She left school at fourteen to work in the fish market. Her wages went to her mother.",
		"She joined the union in 1950 and led its first strike in 1958. She won the dockers a shorter working week.",
		"She retired in 1990. She died at home in Port Wenna on March 3rd, aged 88.",
	}, "\n\n")
	x := analyseText(t, text)
	x.course = "Obituary: Anna Ferris died on March 3rd"
	if _, short := x.biographySubject(); short != "Ferris" {
		t.Fatalf("the life's subject is called %q, want Ferris", short)
	}
	if got, want := x.subjectResolved(sentenceWith(t, x, "She ran the dockers")), "Ferris ran the dockers' union at Port Wenna for twenty years."; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	// A report whose title names someone its lead names is no life
	// story where its pronouns are few.
	y := analyseText(t, "After a long night of talks at the town hall, Anna Ferris agreed a deal with the harbour board.\n\n"+
		"The board will cut the fees for trawlers by a third from April. Traders in the fish market welcomed the cut.\n\n"+
		"The council approved the deal on Monday. The quay will stay open through the winter.")
	y.course = "Anna Ferris agrees a harbour deal"
	if _, short := y.biographySubject(); short != "" {
		t.Errorf("a report taken for a life story of %q", short)
	}
}

// "In fact, says Michael Dunne, China must already feel like home to Mr
// Musk." lost its opening and read "Says Michael Dunne, China must …"
// (seen in a build of this round, in a theme the rounds' joins had
// changed). The opening stays before a speaker's inverted tag; it still
// goes before a clause.
func TestOpeningBeforeSaysStays(t *testing.T) {
	x := analyseText(t, "The harbour is busy. In fact, says Anna Ferris, the quay must already feel like home to Mr Patel. In fact, the quay is full every night.")
	if old, full, hold := x.pointBackFix(sentenceWith(t, x, "In fact, says"), "True or false? In fact, says Anna Ferris, the quay must already feel like home to Mr Patel."); old != "" || full != "" || hold {
		t.Errorf("before \"says\": got (%q, %q, %v), want no change", old, full, hold)
	}
	if old, full, _ := x.pointBackFix(sentenceWith(t, x, "In fact, the quay"), "True or false? In fact, the quay is full every night."); old != "In fact, t" || full != "T" {
		t.Errorf("before a clause: got (%q, %q), want (\"In fact, t\", \"T\")", old, full)
	}
}
