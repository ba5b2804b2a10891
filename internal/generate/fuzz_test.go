package generate

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/lectern/lectern/internal/quiz"
)

// The fuzz targets run their seeds in plain go test; with -fuzz they look
// for inputs that panic, run away or break an invariant (docs/generation.md,
// "Fuzzing"). Inputs the fuzzer found are kept under testdata/fuzz.

// seedTexts are the awkward inputs the generator must survive. The long
// ones are 5 KB here, so that the fuzzer's mutations of them stay quick;
// TestLongInputsStayBounded runs them at 100 KB.
func seedTexts() []string {
	long := strings.Repeat("the river rose quickly near Milton and crews opened shelters ", 80) + "end."
	var nums strings.Builder
	for i := 0; nums.Len() < 5<<10; i++ {
		fmt.Fprintf(&nums, "%d ", i*37)
	}
	return []string{
		"",
		" \n\t\r\n ",
		"Word",
		"A. B. C. D. Hale (c. 1830 – 1901) was a W. surveyor. Hale (r. 1888–97 mapped X. Y. Z. valleys. [Hale",
		"Floods.",
		"Rain\n\nFell\n\nHard",
		"The mayor said residents should leave. \u201cIt is time to move on out.\u201d\n\nCrews opened shelters.",
		"He said: \"It is time.\"' And then: “Go.”’ »Gut.« ‹x› 「引用」",
		"# Floods in Florida\n\nThe Panhandle got 22 inches of rain in a day, the Weather Service said.\n\n## Damage\n\n- roads closed\n- 30,000 without power\n* item\n1. first\n2) second",
		"A heading\nThe first paragraph has no blank line before the next one.\nNor does this one, which ends the article.",
		"\"\"\"\"“““”””‘‘’’((((]]]]...!!!???;;;:::———–––---",
		strings.Repeat("\"“‘(", 300) + " it.",
		strings.Repeat("Rain—", 300) + " fell.",
		"Наводнение затопило город Милтон. Мэр сказал, что жители должны уйти.\n\nСпасатели открыли три приюта.",
		"洪水が町を襲った。市長は住民に避難を呼びかけた。\n\n救助隊は三つの避難所を開いた。",
		"غمرت الفيضانات مدينة ميلتون. قال رئيس البلدية إن على السكان المغادرة.\n\nفتح رجال الإنقاذ ثلاثة ملاجئ.",
		"1 2 3 4 5\n\n6 7 8 9 10\n\n3.14 2,000 45% €2.7 billion 1990s 21st",
		"Fares rise   again\n\nThe company raised fares by a tenth   the third rise   and waits fell from 30 to just 21 days.   \n\nA  b   c    — ",
		"Ivan Ivanovich Petrov (Russian: Иван Иванович Петров; 1850 – 1921) was a painter, the son of Pavel Petrov.\n\nPetrov's father, Pavel Petrov, was born in 1820. Petrov doubled his sales from 10 to 20 in the 19th century.\n\nThe critic said \"the real problem is light\". Petrov, a painter of ships, boats, and harbours, died.",
		"In 2014, 22 inches fell; 30,000 lost power. 1,000 calls came in 24 hours. $4.5 million was spent, 15% more.",
		"Mr. Scott, Gov. of Fla., met Dr. J. R. R. Tolkien at 5 p.m. on Jan. 3, 2014 (U.S. 90). e.g. i.e. etc.",
		"A\u00a0B\u200bC\u2028D\u2029E\ufeffF\u0301 \u202eright-to-left\u202c text. Tabs\tand\vvertical\fforms.",
		"\xff\xfe invalid \xc3\x28 UTF-8 \xed\xa0\x80 here. The river rose.",
		"\x00\x01\x02 binary \x7f",
		"The Federal Emergency Management Agency (FEMA) said FEMA and the Agency helped. FEMA, a federal agency, is called FEMA.",
		"Xi and Putin met. China and Russia signed. Xi and Putin spoke. China and Russia agreed. Asia, Africa and Latin America.",
		// Choice options: roles, appositions, directions, a possessive
		// place, a century beside its year, figures in two writings,
		// dates in order, companies in a list.
		"President Anna Berg, the mayor of Eastholm, met fur trapper Tom Hale west of the Green River on March 23, 1806.\n\n" +
			"The guild (1356-1590) was founded in the 14th century in the German town of Lübeck, near Sweden's Visby.\n\n" +
			"Ford, Tesla, BMW and Daimler lost about 40% of sales; Rutherford B. Hayes said 65 per cent, up to 22 inches, more than 1,000 calls.\n\n" +
			"His party asked the Civic Party about tension with the West, and The Jefferson ran along the Madison until September 23.",
		long,
		"The numbers follow.\n\n" + nums.String(),
		"Floods hit the coast.\n\n" + strings.Repeat("The river in Milton rose 12 feet in 1990. ", 120),
		// References the context rules resolve or refuse, answers the
		// accepted-answer forms rewrite, facts told twice.
		"The Milton Ferry Company was founded in 1987. The company carried 900 riders on Tuesday. He said “this year” twice.\n\n" +
			"Mayor Anna Holt opened St. Mary's Quay last week. She said the Ortolan River, or the Ortolan, rose 4 feet (1.2 m) on Monday, June 3.\n\n" +
			"The company, the group, the city and the government met this morning. Tuesday's storms, the 14th century and Southeast Asia.\n\n" +
			"The Milton Ferry Company was founded in 1987, the mayor said. The company was founded in 1987.",
		"The\n\nthe company\n\nHe she her his him\n\nThis week, .\n\non Monday's,",
		// Details mentioned once on the way, labels, glosses, openers
		// left out, back references, date swaps.
		"Harlow Bay voted in 2019 to rebuild its wall after the storm of 12 March 2018.\n\n" +
			"In the meantime, the council's decision on 4 June to borrow was close. A 2016 survey had warned the wall was failing.\n\n" +
			"Work began at 14 Quay Street. The fuel price reached £1.4372 a litre, said Owen Pryce. The Greens came second in the 2001 election.\n\n" +
			"The issue was settled. Other analysts disagreed. The crews crossed to the south side (Varden) near Norwick Air Base on the night of 24 April 1885.",
		"Meanwhile, \n\nIn the meantime, (\n\nThe issue\n\nOther\n\n( ) 1.0000 a 1999 b the 2000 people 31 February 2020",
		// Course and theme titles from the lead and from possessives: a
		// dateline and an indefinite event at a place, a subject cut by
		// a comma or a verb, possessives at a sentence's end.
		"OSTBY — A fire broke out at the\n\nA fire broke out at the Museum of Glass of\n\nThe fire, the fire.",
		"The rise and fall of the Ostby Guild, a guild, marked the end.\n\nThe Ostby Guild's\n\nHolm's early\n\nHolm's death of\n\nRuritania's invasion of Borduria's",
		"The , was.\n\nA the of and is.\n\nThe Of And Was built.",
		// The ranker's place features: a lead, figures crowded in one
		// sentence, answers inside a dateline, words no other paragraph
		// repeats.
		"PORTHAVEN, May 2 (Reuters) — A 2004 survey counted 312 boats, 45 cranes and 17 sheds.\n\n" +
			"PORTHAVEN 2004 — The harbour, the harbour and the harbour held 9, 10, 11 and 12 ships.\n\n" +
			"Zebu quoits. 12 13 14 15.",
		// The mix: a term defined and used again, one defined once, names
		// in parallel roles, openers that point back, a theme of true
		// statements only, and a text just under one theme's length.
		"A tidal mill is a mill driven by the tide. A sluice, a door in the dam, held the water.\n\n" +
			"Others are built of steel. Both mills stood at Falsby and Brennock. The tidal mill closed in 1902.\n\n" +
			"The latter. Neither, the former, the others. The tidal mill was the tidal mill.",
		strings.Repeat("The Brennock tidal mill ground grain for the villages of the estuary for a century. ", 40),
		// Repairs of a sentence that leans on the one before: a pronoun
		// whose person the sentence before has as subject, "that year",
		// an opening "However," and an "also"; in a text long enough for
		// a thin theme to take more true statements.
		"Oskar Vendel was the engineer of the Brelling breakwater in 1881. He designed a wall of granite. After it opened, he taught. He wrote a handbook.\n\n" +
			"In December that year the river froze. Later that year, and the same year, that year. However, the wall held. However, he also left. Vendel is also remembered as a builder, and also as a teacher.\n\n" +
			strings.Repeat("Vendel also built the Kessel dam on the Lerne in 1932 for the Lerne Water Board. However, the Kessel dam holds a reservoir of 40 million cubic metres. ", 20),
		"He. She he. However,. also. However, also also. that year. The same year. In  that year,",
	}
}

func checkUTF8(t *testing.T, valid bool, what, s string) {
	t.Helper()
	if valid && !utf8.ValidString(s) {
		t.Fatalf("%s is not valid UTF-8: %q", what, s)
	}
}

// listSeeds are pasted texts with lists and character references: a
// lead-in over bullets, numbered items that are sentences, a list broken
// by a blank line, a lone numbered line, markers with nothing after
// them, and references whole, cut short, unknown, doubly escaped and of
// a line break.
var listSeeds = []string{
	"Why it silted\nThe river carried sand into the basin every spring, and by 1790\nships could no longer enter.\n\nThe report listed the causes:\n\n- the new mills upstream\n* the old sluice\n• the narrow mouth\n\nThe engineer proposed four steps:\n1. Workers built a pier in 1793.\n2) The town rebuilt the sluice.\n\n3. Keepers flushed the basin.",
	"1. Introduction\n\n- \n-  x\n12. \n3)\tTabbed item (left open\n- (c. 1794\n- 1857) item.\n\n:\n- a",
	"A communiqu&#233; &amp; R&amp;D, Voss&rsquo;s &#x41;T&T &notit; &nosuch; &amp;lt; &#0; &#x110000; &#10;- an item&#13;&#10;- another &",
}

func FuzzSplitParagraphs(f *testing.F) {
	for _, s := range seedTexts() {
		f.Add(s)
	}
	for _, s := range listSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		paras := SplitParagraphs(text)
		for i, p := range paras {
			checkParagraph(t, i+1, p)
		}
		// No word is lost, added or changed; only white space, list
		// markers, the punctuation that joins list items and dashes lost
		// to runs of spaces are, and
		// each byte of invalid UTF-8 becomes U+FFFD.
		if got, want := listWords(strings.Join(paras, " ")), listWords(string([]rune(text))); !equalStrings(got, want) {
			t.Fatalf("the words changed:\n got %q\nwant %q", got, want)
		}
	})
}

// checkParagraph checks that a paragraph is valid UTF-8, not empty and
// trimmed, and that it breaks lines only to hold a list: each line after
// the first is an item with its marker, the first is an item or the
// list's lead-in ending with a colon.
func checkParagraph(t *testing.T, n int, p string) {
	t.Helper()
	checkUTF8(t, true, fmt.Sprintf("paragraph %d", n), p)
	if p == "" || strings.TrimSpace(p) != p || strings.ContainsRune(p, '\r') {
		t.Fatalf("paragraph %d is empty or untrimmed: %q", n, p)
	}
	if !strings.Contains(p, "\n") {
		return
	}
	for i, l := range strings.Split(p, "\n") {
		marker, text := ListLine(l)
		if l == "" || strings.TrimSpace(l) != l || text == "" {
			t.Fatalf("paragraph %d has an empty or untrimmed line %d: %q", n, i+1, p)
		}
		if marker == "" && (i > 0 || !strings.HasSuffix(l, ":")) {
			t.Fatalf("paragraph %d breaks a line that is no list item: %q", n, p)
		}
	}
}

// listWords is the words of a text without the punctuation at their ends
// that joining list items adds or drops, and without the words that may
// be list markers: bullets and numbers of one or two digits.
func listWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		w = strings.TrimRight(w, ".,;:)")
		// "—": a dash put back where a run of spaces stood for one.
		if w == "" || w == "—" || bulleted(w+" ") || len(w) <= 2 && strings.Trim(w, "0123456789") == "" {
			continue
		}
		out = append(out, w)
	}
	return out
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// checkThemes checks that themes cover paragraphs 1..n, each once and in
// order, with unique slugs and titles in valid UTF-8.
func checkThemes(t *testing.T, themes []quiz.Theme, n int, valid bool) {
	t.Helper()
	next := 1
	slugs := map[string]bool{}
	for _, th := range themes {
		if th.Slug == "" || th.Title == "" || slugs[th.Slug] || !quiz.ValidSlug(th.Slug) {
			t.Fatalf("theme %q: empty, repeated or invalid slug, or no title (%q)", th.Slug, th.Title)
		}
		slugs[th.Slug] = true
		checkUTF8(t, valid, "theme title", th.Title)
		checkUTF8(t, valid, "theme summary", th.Summary)
		if len(th.Paragraphs) == 0 {
			t.Fatalf("theme %q has no paragraphs", th.Slug)
		}
		for _, p := range th.Paragraphs {
			if p != next {
				t.Fatalf("theme %q has paragraph %d, want %d", th.Slug, p, next)
			}
			next++
		}
	}
	if n > 0 && next != n+1 {
		t.Fatalf("themes cover paragraphs 1-%d of %d", next-1, n)
	}
}

// bioSeed is a biography in the shapes the biography rules read: a lead
// with honours, a bracket and "known as", a body opening on the family
// and the birth, a theme set "At" a place, schooling, and a parent's
// death that is not the subject's.
const bioSeed = "Sir Marten Quill Ashby, 2nd Baronet, KC ( /ˈæʃbi/; 3 March 1850 – 9 May 1921), known as Ned, was a Canadian judge and legal philosopher. He served on the court of appeal.\n\n" +
	"Ashby is also remembered as a pioneer of plain opinions. On procedure, he was cautious. He believed in short judgments.\n\n" +
	"Ashby's family came from Kent. Marten was born in Halifax (now a city) on 3 March 1850. His father died when Ashby was 9.\n\n" +
	"At Oxford, Ashby rowed. Ashby studied law at Oxford. Even after he left Oxford, Ashby wrote to his tutor.\n\n" +
	"Ashby studied at a school in Bath. The school taught Latin. He graduated in 1870 with a degree. Ashby died in 1921."

func FuzzThemes(f *testing.F) {
	for _, s := range seedTexts() {
		f.Add(s)
	}
	f.Add(bioSeed)
	f.Add(contextSeed)
	f.Add(workTitleBio)
	f.Add(bioForebearName)
	f.Add(reviewSeed)
	// A headline's name of two words, the second in lower case, for the
	// whole name (subject_topic_title.go).
	f.Add("Publishers win for Zen pad tablet format\n\n" + fixedPairReport)
	// Titles said in one sentence, said as a source, or said twice
	// (title_spread.go).
	f.Add(curryText)
	f.Add(exeemText)
	f.Add(ferryText)
	for _, s := range ruleSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		paras := SplitParagraphs(text)
		themes, err := ProposeThemes(paras)
		if err != nil {
			t.Fatalf("ProposeThemes: %v", err)
		}
		checkThemes(t, themes, len(paras), utf8.ValidString(text))
	})
}

// checkDrafts checks each draft's provenance and options, and that its
// text is valid UTF-8 when the article was.
func checkDrafts(t *testing.T, c *quiz.Course, drafts []Draft, valid bool) {
	t.Helper()
	for _, d := range drafts {
		p, ok := c.Paragraph(d.Paragraph)
		if !ok {
			t.Fatalf("draft cites paragraph %d, which does not exist", d.Paragraph)
		}
		if d.SentenceStart < 0 || d.SentenceEnd > len(p.Text) || d.SentenceStart >= d.SentenceEnd || p.Text[d.SentenceStart:d.SentenceEnd] != d.Sentence {
			t.Fatalf("draft sentence %q at %d-%d is not in paragraph %d (%d bytes)", d.Sentence, d.SentenceStart, d.SentenceEnd, d.Paragraph, len(p.Text))
		}
		if (d.Question == nil) == (d.Card == nil) {
			t.Fatalf("draft %+v is not exactly one question or card", d)
		}
		var texts []string
		if q := d.Question; q != nil {
			texts = append(texts, q.Prompt, q.Explanation)
			for _, o := range q.Options {
				if strings.TrimSpace(o.Text) == "" {
					t.Fatalf("question %s has an empty option", q.ID)
				}
				texts = append(texts, o.Text, o.Feedback)
			}
			for _, s := range q.Answers {
				if strings.TrimSpace(s) == "" {
					t.Fatalf("question %s has an empty answer", q.ID)
				}
			}
			texts = append(texts, q.Answers...)
		} else {
			if strings.TrimSpace(d.Card.Front) == "" || strings.TrimSpace(d.Card.Back) == "" {
				t.Fatalf("card %s has an empty side", d.Card.ID)
			}
			texts = append(texts, d.Card.Front, d.Card.Back)
		}
		for _, s := range append(texts, d.Answer, d.Sentence) {
			checkUTF8(t, valid, "draft text", s)
		}
	}
}

func FuzzGenerate(f *testing.F) {
	for _, s := range seedTexts() {
		f.Add(s)
	}
	// An obituary told by its pronouns whose title names its subject
	// further into its first paragraph than its first sentence runs.
	f.Add("Marta Olsen died on March 3rd\n\n" +
		"She was a sailor all her long life. In 1958 the newspapers wrote about Marta Olsen when she sailed alone to Shetland.\n\n" +
		"She never married. She taught navigation, and she wrote four books. She stopped sailing at eighty.")
	// A biography with sentences on "He", a bracketed date with a full
	// stop, and narration with a quoted word.
	f.Add("Tomas Brandvold (c. 1850–1921) was a Norwegian botanist who collected mosses across the Arctic.\n\n" +
		"Brandvold sailed to Svalbard six times. He wrote the first flora of the islands in 1899. His collection became the core of the herbarium.\n\n" +
		"Brandvold called the islands \"a garden\" and died in Tromsø (born 1850) in 1921. She said he was \"(c.")
	// A short report led by a person, who meets another named again as
	// a speaker, beside a bystander named once.
	f.Add("Vance returns from trade mission\n\n" +
		"Foreign Minister Clara Vance has returned from a trade mission to revive stalled talks.\n\n" +
		"Ms Vance held talks with her Chilean counterpart, Michael Grant, and a driver, Paulo Reis. She also made a trip to Lima.\n\n" +
		"Mr Grant said the visit was \"a useful step\". Ms Vance said: \"Mr Grant")
	// A short report: a description of a firm named before, a noun the
	// sentence before brought in, a closing "it noted", a comparison
	// with no base, a forecast year, a rank in an apposition.
	f.Add("Ferry firm's profits rise fast\n\n" +
		"Harbour Lines has agreed to buy 40% of Corran Ferries, the largest ferry operator in the north.\n\n" +
		"The Welsh shipping group will take the shares from the port trust. It bought a catamaran and a diesel engine. The engine drives two propellers, it noted.\n\n" +
		"A year ago, fares were 3 pounds lower. Meanwhile, the firm's chief buyer at a Cardiff trading firm predicted profits will rise in 2006, aimed at increasing sailings.")
	// A short report led by a person: a description standing for them, a
	// year it looks forward to, a tally by site, a speaker and the day's
	// share move.
	f.Add("Ferry boss buys back firm in 2012\n\n" +
		"Ann Dale, the woman behind Corran Ferries which collapsed in 2012, has bought back most of the company.\n\n" +
		"The veteran ferry operator has taken over the Oban depot. Its lease would end in 2015, three years earlier than planned. There were 60 crew at Oban, with 14 at Mallaig and 9 on Coll.\n\n" +
		"\"We are pleased,\" said Tom Reed of the port trust. Mr Reed said the trust hoped to sell the rest. Shares in Corran Ferries were down 2.5% at 41 pence in morning trade.")
	// A figure given once in passing, one the text repeats, one set
	// against another, and lists of two and of four names.
	f.Add("Harbour trust cuts 120 jobs\n\n" +
		"The Kestrel Harbour Trust is to cut 120 jobs, the trust said.\n\n" +
		"Inspectors from 12 port authorities, including Oban, Leith, Wick and Ayr, read the accounts. The 120 jobs go from Kestrel and Troon.\n\n" +
		"Cargo fell to 41 tonnes a day, less than the 60 tonnes of last year, and, , and Bach.")
	// One figure and noun told three times, by one person and by a law,
	// with a hyphened figure and a bare figure at a sentence's end, for
	// the figure repeats (figure_repeat.go).
	f.Add(figureReport + "\n\nMs Berg said a 48-hour ban was too short. Bans end after 48.")
	f.Add("Publishers win for Zen pad tablet format\n\n" + fixedPairReport)
	f.Add(bioSeed)
	// A relative's posting and years before the subject's birth, for the
	// article's false statements in a biography.
	f.Add("Ada Thorne (6 May 1906 – 2 June 1970) was an English painter. Thorne was known for her portraits of dockworkers.\n\n" +
		"Thorne was born Ada Mary Thorne in Leeds to Walter Thorne, an engineer. Thorne's parents were married in York in 1901.\n\n" +
		"In 1912, Walter Thorne was posted to Hull, while Ada stayed in Leeds. In 1914, Ada Thorne was sent to a school in Hull.\n\n" +
		"Thorne held her first exhibition at the Marlow Gallery in London in 1931.")
	// Biographies named with honours and post-nominal letters, a long
	// name, the relatives' marriage and a year blank bounded by dates.
	f.Add(bioHonours)
	f.Add(workTitleBio)
	f.Add(bioForebearName)
	f.Add(bioLongName + "\n\nTomas Lind's parents met and married in Lund (1 May 1890 – 2 June 1899) in 1895. Two of Lind's four brothers became judges.")
	// Speakers and their descriptions, an inverted "said", "according
	// to" at a sentence's end, a commentator's quoted words, a guess with
	// no one to hold it, a deadline among counts, a possessive and a
	// title before a name, and a bracket left open.
	f.Add("Ferry limits cut by March 2027\n\n" +
		"No crossing will take longer than 40 minutes by March 2027, against a limit of 55 minutes, minister Ann Hale said.\n\n" +
		"A spokesman for the Shipping Council, which represents Norway's ferry owners, said the cuts were small. The cuts are deep, said Jo Roe, head of the guild. Fares rose, according to\n\n" +
		"Port analyst Jo Roe called the limits \"fairly bold\". The ferry was probably built in York. It was backed by UK Chancellor Ann Hale (born in Leeds; 3 May 1961 –")
	// Organisations that open sentences as their subjects, under full
	// names, initials and a name cut short, with perfect, modal and
	// reporting verbs: the subject swaps (subject_swap.go).
	f.Add("Harbour Textiles Ltd buys tannery\n\n" +
		"Harbour Textiles Ltd bought the old tannery in Leeds in 1921 and turned it into a spinning works. HTL has said little since.\n\n" +
		"Northgate Woollens Ltd opened a rival works across the river. Northgate Woollens Ltd will close it by 1930. The Board of Trade has fined Harbour Textiles Ltd twice.\n\n" +
		"BOT could act, according to Harbour Textiles Ltd in its report. Harbour Textiles")
	// A longer article whose themes state facts true, with a noun
	// phrase repeated across paragraphs for a thin theme's card.
	f.Add("The Lerne valley was flooded in 1994 when the river broke its banks after a week of storms.\n\n" +
		"In 1995 the town council of Brelling built a flood barrier along the river at a cost of four million crowns.\n\n" +
		"Since 1998 the flood barrier has held back the water in three winters of heavy rain.\n\n" + strings.Repeat(thinTheme+"\n\n", 4) + filler(6))
	f.Add(fourthItemSeed + "\n\n" + strings.Repeat(thinTheme+"\n\n", 3) + filler(6))
	// A name the headline shows, and one count told twice in words, in
	// figures and hyphened, with a year and a figure cut short: the title
	// give-aways and the repeated counts (title_giveaway.go,
	// repeat_count.go).
	f.Add("NCP councillor suspended\n\n" +
		"Regionalist party NCP have suspended a councillor after Thirty four sailors were rescued.\n\n" +
		"All 34 sailors were taken to Portlow in 2004. Thirty-four sailors said so. The 2,000 members met. Twenty- 1,000,000,0 people. Forty")
	// Years written before nouns among the article's years, a count in
	// four digits, and a year cut short (year_number.go).
	f.Add("Mara Quint sang in 1991 and joined the opera in 1996.\n\n" +
		"Her parts are in two 2004 productions and one 1998 staging at the Northgate Rowing Club. The school had 2003 pupils and 3000 books by 2019 at NRC. In 20")
	// A lead's bracket holding a bracket, a ranking close behind, a blank
	// before "including" and one rise told as a share and as counts,
	// each cut short (lead_wording.go, context_repair.go,
	// instance_blank.go, growth_repeat.go).
	f.Add("Tomas Varga ( Tomash Vorga (help·info); 2 May 1911 – 23 April 1982) was a Hungarian film director. His first film won eleven international prizes, including Best Short Film at Venice.\n\n" +
		"The number of homes with panels had risen by 60% over the past year. The biggest jump was in Spain. Norway was close behind, with sales doubling.\n\n" +
		"Just over 32 million homes have panels, up from 20 million a year ago. It grew from 0 to 5m, up from 0. Sales rose by 0% ( a (b; (")
	// A lead that says only nationality and calling after a title, and
	// a subject's place among a family's children, each cut short
	// (bio_statement.go, bio_trivia.go).
	f.Add("Ada Marsh, Lady Vane ( /mɑːrʃ/; 4 May 1913 – 8 July 1967) was an English actress. Marsh played forty parts on the stage.\n\n" +
		"Her parents kept an inn. Ada Marsh was the second of their three daughters, the eldest of whom had died at the age of six. Ada was the youngest of ( was a\n\nMarsh, Lady was an .")
	f.Add(contextSeed)
	// A review: "this" for the thing reviewed, the writer's own set-up,
	// a comparative with no "than", a gerund with no object and an
	// adverb after a noun, each cut short (review_context.go).
	f.Add(reviewSeed)
	for _, s := range ruleSeeds() {
		f.Add(s)
	}
	for _, s := range listSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		res, err := Generate(text, Options{})
		if err != nil {
			var pe *PanicError
			if errors.As(err, &pe) || quiz.KindOf(err) != quiz.EInvalid {
				t.Fatalf("Generate: %v", err)
			}
			return
		}
		if err := quiz.Validate(res.Course); err != nil {
			t.Fatalf("the course does not validate: %v", err)
		}
		checkThemes(t, res.Course.Themes, len(res.Course.Paragraphs), true)
		checkUTF8(t, true, "course title", res.Course.Course.Title)
		checkDrafts(t, res.Course, res.Drafts, true)
		for _, d := range append(res.Drafts, res.Held...) {
			if strings.Contains(d.Sentence, "\n") {
				t.Fatalf("a draft runs two lines of a list together: %q", d.Sentence)
			}
		}
		for _, p := range statementProblems(res, append(append([]Draft{}, res.Drafts...), res.Held...)) {
			t.Error(p)
		}
	})
}

func FuzzDraftThemes(f *testing.F) {
	for _, s := range seedTexts() {
		f.Add(s, 2)
	}
	f.Add("The river rose.\n\nCrews came.\n\nThe mayor spoke at noon in Milton.", 1)
	f.Add("The river rose.\n\nCrews came.", 9)
	f.Fuzz(func(t *testing.T, text string, nThemes int) {
		// A course as an instructor may make it: the article's paragraphs
		// in up to nThemes themes of equal runs, whatever the text.
		paras := SplitParagraphs(text)
		if len(paras) == 0 {
			return
		}
		c := &quiz.Course{Course: quiz.CourseInfo{Slug: "fuzz", Title: "Fuzz"}}
		for i, p := range paras {
			c.Paragraphs = append(c.Paragraphs, quiz.Paragraph{N: i + 1, Text: p})
		}
		k := min(max(1, nThemes%8), len(paras))
		var slugs []string
		for i := 0; i < k; i++ {
			th := quiz.Theme{Slug: fmt.Sprintf("t%d", i+1), Title: fmt.Sprintf("Part %d", i+1)}
			for n := i*len(paras)/k + 1; n <= (i+1)*len(paras)/k; n++ {
				th.Paragraphs = append(th.Paragraphs, n)
			}
			c.Themes = append(c.Themes, th)
			slugs = append(slugs, th.Slug)
		}
		drafts, err := DraftThemes(c, slugs, Options{})
		if err != nil {
			t.Fatalf("DraftThemes: %v", err)
		}
		checkDrafts(t, c, drafts, utf8.ValidString(text))
		ids := map[string]bool{}
		for _, d := range drafts {
			id := ""
			if d.Question != nil {
				id = d.Question.ID
			} else {
				id = d.Card.ID
			}
			if ids[id] {
				t.Fatalf("id %q given twice", id)
			}
			ids[id] = true
		}
	})
}

// reportTitleSeed is a report of some 700 words whose themes repeat a
// noun ("engines") and whose key phrases are said once ("newer boats"):
// its themes are titled by report_title.go.
var reportTitleSeed = "Tarn Ferries\n\n" +
	"Tarn Ferries will run later this summer, the port authority said on Monday. Tarn Ferries carry commuters.\n\n" +
	strings.Repeat("Engines on the older boats of Tarn Ferries are being replaced. The new engines burn less fuel, and the engines are quieter. The newer boats carry a brass bell.\n\n", 3) +
	strings.Repeat(thinTheme+"\n\n", 3) + filler(8)

// fourthItemSeed is a short biography whose one theme states its facts
// true, with a name repeated across paragraphs, sentences opening on
// "She", a name in a relative clause and in a list, and opening
// connectives: the fourth item of a thin theme (thin_card.go,
// thin_balance.go, repair_openers.go).
const fourthItemSeed = "Marta Kessel (born 1950) is a Danish cellist and teacher, known for her recordings with the Aarhus Quartet.\n\n" +
	"Kessel grew up in Ribe on the west coast of Denmark. She joined the Aarhus Quartet at nineteen and played the cello in its recordings of Haydn for twenty years.\n\n" +
	"Unlike her sister Anna, who worked at the bank in Ribe, Kessel studied music. But the Aarhus Quartet, which toured Japan, recorded with Lars Holm, Anna Berg and the Odense Trio.\n\n" +
	"Meanwhile Kessel taught at the Royal Academy of Music in Copenhagen. Later, she left the Aarhus Quartet in 1990. In addition, Kessel wrote a book on bowing"

// roleLeadSeed is a biography whose lead gives a transcription between
// slashes, a bracket, and a role after a participle: its course and lead
// theme are titled without the transcription (title_aside.go), by the
// role (lead_role_title.go).
var roleLeadSeed = "Tobias Wren /ˈtoʊbiəs rɛn/ (Swedish: [ˈtûːbɪas]; 12 April 1801 – 9 May 1877) was an award winning English organist, composer and teacher, whose works include two masses. Wren played in York.\n\n" +
	"Wren is remembered as a teacher of organists. Wren wrote a method for the organ.\n\n" +
	"Tobias Wren was born in Leeds on 12 April 1801. His father was a printer. Wren studied in York.\n\n" +
	filler(6) + "\n\nWren died in London in 1877 /ˈlʌndən/."

// itemQualitySeed holds the shapes the item quality rules read
// (item_quality.go): a blank that would cut "extended hospital waiting
// times", a name joined by a dash, wording said once, a party and its
// MPs, and the world wars; a dash and a hyphen end the text.
var itemQualitySeed = "Harbour Board Report\n\n" +
	"The harbour board of Dunmere was founded in 1850 after the First World War ended trade. Several councillors and some Labour MPs had long called for the chairman's removal after sustained criticism over extended hospital waiting times.\n\n" +
	"Mora described the Kell–Varga effect in a paper on crystal lattices. While Reid was chairman, the fishermen's union rose as a political force in the harbour towns.\n\n" +
	"The board built new data networks for the port in 1990. The networks linked the quays to the customs house during World War II. Later reviews praised its imaginative forays into the wool trade –"

// contextRepairSeed opens sentences on "His" and "Her", on a
// participle's phrase before "he", and on nouns that sum up what was
// told ("The event", "The warning"), with a text cut off after "His"
// (context_repair.go).
var contextRepairSeed = "Harbour fair draws crowds\n\n" +
	"Maria Holt trained as a nurse in Leeds. Her first post was on a fever ward. Tomas Brand grew up in Varna. His father kept sheep.\n\n" +
	"Anton Weil spoke for the shipowners. Speaking to the council in March, he asked for lower dues. Elected in 1921, she won a shorter week.\n\n" +
	"The town held its first book fair in 2004. The event drew four thousand visitors. A union warned the board. The warning came late. His"

// readAloneSeed holds the shapes of the twenty-first round: a report
// named then called "The report", "one his", a doubled word, "with" and a
// finite verb, a part of a group, "the couple", a thing brought in with
// "some", "The surplus cash", "his warning", a blank beside half a name,
// over "If I" and over an epithet, a host on a weekday (context_repair.go,
// item_quality.go, incidental_sentence.go). It ends inside a name.
var readAloneSeed = "Harbour aid goals\n\n" +
	"The Harbour Trust's Paying the Toll report said 400 boats were lost. The report said the board had agreed in 1970 to pay. Reid said it was one his aims. She said the the plan failed.\n\n" +
	"But with 3,000 workers were losing jobs more was needed. Anna Berg married Karl Lind in 1876. One of the surviving sons was Peter. In Lund, the couple had five more children.\n\n" +
	"Few people get excited when some new software is released. Fans of the software raised $5,000. The surplus cash will be used to run the trust. Peter Holm is at the quay. Lind reacted to his warning by calling a meeting.\n\n" +
	"Reid appeared before the House Un-Harbour Activities Committee. Reid once said, If I'm right half the time, I'm ahead. Buyers left the software giant's phones. The agency Cafex will host the minister's speech on Wednesday. The Paying the"

// shortFillSeed is a short biography whose lead gives a birth name in
// brackets and tells its facts after opening phrases ("In 1969, she
// …", "While a student, she …", "There, she …"): the subject put in
// after an opening phrase (short_fill.go).
const shortFillSeed = "Marta Kessel, CC (born Marta Kesselring; 3 May 1950 – 9 June 2020) was a Danish cellist. She played with the Aarhus Quartet. In 1969, she joined the Aarhus Quartet.\n\n" +
	"While a student, she taught in Ribe. There, she met Anna Berg. In Ribe, in 1970, she played. After her debut, she toured.\n\n" +
	"The Aarhus Quartet recorded Haydn with Kessel. In 1990, she left the Aarhus Quartet"

// leadOfficeSeed is a short biography whose lead names organisations
// with their abbreviations, one of them not the name's initials and one
// cut off at the end (lead_office.go).
const leadOfficeSeed = "Agnes Hart (1899 – 1977) was a Scottish trade unionist. She was secretary of the Workers' Education League (WEL) from 1931 to 1940, and a founder of the Clyde Housing Trust (CHT) in 1946. In 1950, she led the Pan-Baltic Rowing Union (PBX), and she chaired the Hart Fund (HF).\n\n" +
	"Hart grew up in Greenock. She joined the Harbour Board (HB"

// headlineSubjectSeed is a report whose headline names its subject in
// every theme, beside a rival, a source cited and quoted words: the
// themes are titled by what they say of the subject.
const headlineSubjectSeed = "Dunmore to outline housing goals\n\n" +
	"Housing will be the test of the year, Peter Dunmore will say as he sets out the council's housing goals.\n\n" +
	"Mr Dunmore is due to outline a series of housing goals. Mr Dunmore also wants other councils to match his target for social housing. The release of Dunmore's plan follows the release of Quist's.\n\n" +
	"Mr Dunmore said rent controls had helped tenants. But rent controls alone were not enough, he said. The Tenants Union will host Mr Dunmore's speech, according to the Tenants Union.\n\n" +
	"Sara Quist accused Mr Dunmore of cutting his budget. His \"budget\" was half what it had been, she said. Mr Dunmore's critics mentioned climate change. Dunmore's"

// familySeed is a biography whose lead has a birth aside before "was a"
// and whose later paragraph tells the family's moves.
const familySeed = "Jacob Kell (1890–1961), born Jakob Keller in Bern, Switzerland, was a Swiss American film executive. Kell's career spanned four decades.\n\n" +
	"Jacob Kell was born in Bern in 1890. His parents were farmers. He was the third son of Hans Keller.\n\n" +
	"The family settled in Toledo, where two more children were born. The parents moved the household to Chicago. The father worked in a bakery, born, was a"

// topicModifierSeed is a headlined report whose themes' topic nouns are
// said with what they are for ("target for overseas aid") and whom they
// count ("population of people using the"), cut off mid-phrase.
const topicModifierSeed = "Dunmore to outline harbour plans\n\n" +
	"The ferry must run all year, Peter Dunmore will say as he sets out his target for overseas aid.\n\n" +
	"Mr Dunmore wants other councils to match his target for overseas aid. Mr Dunmore said the ferry was ready.\n\n" +
	"No council has reached this target. Critics accused Mr Dunmore of missing his target. There is no point in a raft of targets for.\n\n" +
	"A survey has charted the growing population of people using the harbour ferry. The Ketter storm and the Ashby storm closed it. Mr Dunmore said the population of people using"

// contextNamesSeed is a report that names a person and a body in full
// once and by title and letters after ("Mr Reed", "the RHC", "Mr. Reed's",
// "RHC" inside a quotation), calls a thing by its kind after proposing it
// ("the plans", "the current technology"), and has fixed adverbial phrases
// before names ("At present councils", "In fact Tom Reed"), cut off after
// a title (context_names.go).
const contextNamesSeed = "Council to review village rents\n\n" +
	"The Rural Housing Council (RHC) proposed new rules in May. Its chairman, Tom Reed, said rents had risen fast. At present councils, when letting the largest homes, can give priority to local families.\n\n" +
	"Mr Reed added that the RHC would publish the plans in the spring. The union said the plans had ignored upland farms. \"The RHC is wrong,\" said Ann Reed. Mr. Reed's critics disagreed.\n\n" +
	"Storing pictures on current tape technologies loses detail. As cameras improve, the current technology is limiting. In fact Tom Reed said the RHC and the SGC would meet. Mr"

// thinRoundSeed is a longer article whose themes have three true
// statements and a swappable year, long sentences with a trailing clause
// after ", and" or a participle, a list cut by ", and", and times
// relative to the day of writing after a preposition and an article, and
// after "of" (thin_balance.go, trailing_cut.go, dangling_time.go).
var thinRoundSeed = "The Brelling canal was dug between 1820 and 1831 by two thousand labourers from the northern provinces. The canal joined the river Lerne to the port of Varo across forty miles of marsh.\n\n" +
	"Throughout its working life, the Brelling canal was known both for its cheap freight and its slow locks, and is remembered as the model for the canal in a 1970 film of the town's history. The canal company said in March 1899 that it had lost the equivalent of £4 million in freight because of the long frost, showing how much the town depends on it.\n\n" +
	"The works made cloth for the army, blankets for the hospitals, sails for the fleets, and rope for the harbours. Traffic fell by 10% over the last year, down from half to less than 40%. The locks will close at the end of last year, since last week, the, over the last\n\n" +
	strings.Repeat(thinTheme+"\n\n", 3) + filler(6)

// namedOpeningSeed is a longer report whose sentences open on "He" or
// "She" after a sentence with a titled person as subject, on "Mr" or "Ms"
// and a surname (one person, and two of one surname), and on a role the
// article put before a name (thin_named.go).
var namedOpeningSeed = "Chancellor Gordon Smith set out the budget for the coming year on Wednesday. Mr Smith also wants other European nations to match his target for spending on overseas aid.\n\n" +
	"He also wants the richer countries to do more to help the development of new vaccines for malaria. The chancellor is also expected to raise spending on schools and hospitals in the next budget.\n\n" +
	"Health minister Jane Hutt was moved to another post on Tuesday. Ms Hutt told the assembly that the lists were shorter than a year before. She also defended her record on hospital waiting lists in Cardiff.\n\n" +
	"Tom Berg and Lena Berg founded the Ostby shipyard together. Mr Berg also sold his share of the shipyard. He also said they would need more ships, and she agreed.\n\n" +
	strings.Repeat(thinTheme+"\n\n", 2) + filler(6)

// bioTriviaSeed is a biography whose lead gives a coordinated role and
// whose early life names a college team position, a student club, the
// siblings' names and a remark dated by its year (bio_role.go,
// bio_trivia.go, remark_year.go).
var bioTriviaSeed = "Tobias Wren (12 April 1901 – 9 May 1977) was a leading American radio and film producer. Wren made forty films.\n\n" +
	"Wren ran the studio for ten years. Wren was praised for his films. The Harbour Gazette in 1964 called Wren a master of comedy.\n\n" +
	"Wren was born in Leeds. All three boys, Tobias, Karl, and Otto, went to Ashby School. In college, Wren was a star on the football team, playing left end. " +
	"While at Harwood all three brothers were members of the Oak eating club. I loved the work, Wren recalled in 1986.\n\n" + filler(6)

// articleFalseSeed is a longer article whose themes state years, dates
// and shares the article gives for other events: a year after "By" and
// after a death, one given in the lead, one beside "this year", a share
// after "More than" and one after "About" (article_false.go).
var articleFalseSeed = "The Brelling canal, opened in 1831, joined the river Lerne to the port of Varo across forty miles of marsh. About 60% of the port's goods came down the canal.\n\n" +
	"Work on the canal began on May 14, 1820 under the engineer Tomas Alder. The railway company opened its line to Varo on April 7, 1851 and took most of the canal's trade. More than 25% of the goods went by rail in 1860.\n\n" +
	"By 1874 every barge company on the canal had gone bankrupt. After the owner's death in 1880 the last barge was sold. The lock keepers left in 1890, and the canal was sold this year.\n\n" +
	strings.Repeat(thinTheme+"\n\n", 3) + filler(6)

// ruleSeeds are texts in the shapes the generator's rules read, seeded
// into both FuzzThemes and FuzzGenerate.
func ruleSeeds() []string {
	return []string{
		strings.Join(studyBio, "\n\n"),
		joinSeed,
		reportTitleSeed,
		longLeadBio,
		"No half measures with Star Harbour 3\n\n" + wholeNameReview,
		fourthItemSeed,
		roleLeadSeed,
		bioTriviaSeed,
		compoundReport + "\n\n" + filler(8),
		itemQualitySeed,
		contextRepairSeed,
		readAloneSeed,
		shortFillSeed,
		shortFocusReport,
		"Marta Kessel (born 1950) is a Danish cellist.\n\nPrincipal cellist of the Aarhus Quartet during the early 1970s, she recorded the Haydn quartets, including Opus 76.",
		leadOfficeSeed,
		headlineSubjectSeed,
		familySeed,
		topicModifierSeed,
		contextNamesSeed,
		thinRoundSeed,
		namedOpeningSeed,
		articleFalseSeed,
		"Honoré de Marnay (1801 – 1862) was a painter. Marnay studied in Lyon.\n\nMarnay exhibited in Paris. Critics praised Marnay.",
		// A thin first theme that takes in the paragraphs after it
		// (merged_title.go), and a report whose repeated noun is
		// written as a compound, on a place (report_title.go).
		mergedSurvey,
		waitingListsSeed,

		strings.Join(leadFactBio, "\n\n"),
		// Where the subject was born (birth_place.go): past a month,
		// after the parents, a relative's birth, the subject's own name.
		// A subject with a title of rank after the name (short_fill.go).
		"Mara Lind, Lady Hallam (1921 – 1990) was an actress. She won the Award for her role as Nora.\n\nLind, Lady (, Lady. She, Lady Lind won.",
		// An award the subject won (award_card.go), and one cut short.
		strings.Join(awardBio, "\n\n") + "\n\nSarkany won the Prize for, she won a Medal in 1999 for it; Sarkany won the Award of the for (, a.",
		strings.Join(birthBio, "\n\n") + "\n\nLind was born in, in St. in  Lind. Lind was born to (in Oulu, in March in.",
		strings.Join(openingReport, "\n\n") + "\n\nSpeaking she. In he she urged. Asked by him she said.",
		"Nora Lind (1904 – 1994) was a director. After studying painting and then music, Lind began her career in Hamburg.\n\nBorn in Malmö, Lind studied painting, then music. Having, Lind. After studying studying, , Lind studied.",
		"Gardeners 'keen' on compost\n\nA poll of gardeners found that gardeners were keen. Nearly 70% bought compost, while half grew vegetables. 40% of. Two in ten said. More than 5% was.\n\nOver half grew _____ more.",
		"Jan de Vos (1801 – 1862) was a Dutch painter. His masterpiece is a panel entitled Z. Today he is considered one of the of .\n\nHe is best known for ; but. Her work was called . Vos is regarded as one of the masters of, and he.",
		wordingSeed,
		personalDetailSeed,
	}
}

// personalDetailSeed holds the shapes of a life's personal detail
// (bio_trivia.go), the letters of an honour after a name (abbrev_blank.go)
// and the programme on which someone spoke (report_trivia.go): a school
// below university in the lead, the family's moves and a parent's work,
// a move tied to another person, counts of marriages and children, and a
// broadcaster's possessive and "programme" around a name.
const personalDetailSeed = "Ada Margaret Fenn, OBE, FRS (1 May 1890 – 3 June 1962) was an English stage actor and singer. " +
	"Fenn graduated from Ashby High School in 1907. Fenn attended Salem High School, where she ran the drama club.\n\n" +
	"When Fenn was four years old, the family moved to Dover, where her father worked on the building of a bridge. " +
	"In 1912, the family relocated to Leeds, following the lead of her uncle Karl Otto, who opened a shop there. " +
	"Fenn was married twice and had four children.\n\n" +
	"Fenn told BBC Radio 4's Morning Hour in 1950 that she sang daily. She later told the Evening Line programme she had retired. " +
	"After leaving high school, Fenn joined the Lark company. BBC Radio's, programme. OBE, CBE, PhD. married twice had no"

const waitingListsSeed = "Dorrows must cut delays\n\n" +
	"The new health minister for Dorrows says there are lessons to learn from Sorland. Dorrows has the longest delays in the north.\n\n" +
	"Figures showed waiting lists in Dorrows grew again in May. Doctors in Dorrows said waiting lists were the biggest test of the minister. Lists in Sorland fell.\n\n" +
	"The minister said managing waiting lists would take a year, and a calmer view of priorities was needed in Dorrows.\n\n" +
	"Dorrows's opposition called the reshuffle a distraction. Waiting waiting lists lists."

// wordingSeed holds the shapes the statement wording rules read: a lead
// with a pronunciation, life dates and honours' letters, a stray comma
// after a name, two sentences of one fact, a bare share, an example the
// reader is asked to imagine, the pet name of a thing told once, a
// "they" named by the sentence before, a comma before a clause's closing
// verb, a verbless fragment taking up the noun before it and a people
// named beside its own quoted term.
const wordingSeed = "Anna Dupin, CC (French pronunciation: [ana dypɛ̃]; 20 May 1799 – 18 August 1850) was a French engineer and writer.\n\n" +
	"After studying architecture and then drama, Dupin began her career as a writer in Lyon. " +
	"Born in Nantes, Dupin first studied to become an architect, before changing career paths and enrolling to study drama. " +
	"Dupin, replaced the editor of the review in 1830.\n\n" +
	"The survey found that engineers were positive about her books. More than 80% read them twice. " +
	"You might even be able to ask a robot about them: Pip the crab.\n\n" +
	"The microorganisms eat the organic waste. The humus they produce is rich in nitrogen.\n\n" +
	"The mayor says the storm wasn't a surprise; but the height of the tide, was. " +
	"The guild turned into a league of ports. A league that had shown that it could raise a fleet. " +
	"Raids were part of daily life for the Huguenots of the 'cévennes'."

// contextSeed is a biography with a year dated by the Depression and by
// an age, "there" and "their" leaning on the sentence before, a lead fact
// told again in the life, a name ending in "Bros.", and a report's
// description of a person named before, each cut short (period_year.go,
// news_context.go, shared_fact.go, answers.go).
const contextSeed = "Marta Reyes (May 2, 1908 – June 9, 1990) was an American animator. " +
	"After odd jobs in the first months of the Depression, Reyes joined the Brand and Orme animation studio in 1930. " +
	"At the age of 12, Reyes drew her first cartoon in 1920.\n\n" +
	"Reyes took a job at Orlin Title and Art. While working there, she drew, and in 1930 she joined the Brand and Orme animation studio, which made the Lark series. " +
	"Despite a lack of training, Reyes soon became head of their ink and paint department. The studio released its cartoons through Halvard Bros.\n\n" +
	"Euro MP Ann Dale was hit by paint in Leeds in the 1930s. The Rowan Party member was arriving for a show. The 61-year-old said so. During the Second World War, in 194"

// reviewSeed is a review in the shapes of review_context.go, cut short.
const reviewSeed = "Could Starfall Odyssey live up to its promise? After three years of delays, this is the most awaited racing game of all.\n\n" +
	"On our review laptop, a Zentek machine, every track ran smoothly. I even found myself braking early. " +
	"If you prefer realistic handling, Rally Circuit will be far more satisfying. Working out step by step is part of the fun.\n\n" +
	"Wandering through Starfall's world truly does feel like a film. Doing this makes this an even less. Finding out step by is more"
