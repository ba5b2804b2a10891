package generate

import (
	"strings"
	"testing"
)

// A knight whose middle name is his father's: the body names the father
// "Cedric Randal Boult" and "Cedric Boult", so the course is the first
// given name and the surname.
const bioFatherMiddleName = "Sir Adrian Cedric Boult CH (8 April 1889 – 22 February 1983) was an English conductor. Boult was the first music director of the BBC.\n\n" +
	"Boult was born in Chester in north west England, the second child and only son of Cedric Randal Boult (1853–1950), and his wife Katharine Florence née Barman (d. 1927). " +
	"Cedric Boult was a Justice of the Peace and a successful businessman connected with Liverpool shipping and the oil trade; Cedric and his family had a Liberal Unitarian outlook on public affairs with a history of philanthropy.\n\n" +
	"Boult studied at Westminster School and then at Oxford. In 1924 Boult became conductor of the City of Birmingham Orchestra.\n\n" +
	"Boult died in 1983."

// A middle name the body calls the subject by alone: the course is that
// name and the surname.
const bioMiddleCalled = "Catherine Kate Bush (born 30 July 1958) is an English singer-songwriter, musician and record producer.\n\n" +
	"In 1978, at the age of 19, Bush topped the UK Singles Chart with her debut single. Bush was born in Bexleyheath, Kent.\n\n" +
	"John was a karateka at Goldsmiths College karate club and Kate also trained there, becoming known as Ee-ee because of her squeaky kiai.\n\n" +
	"Bush released her first album in 1978."

// A subject known by a stage name, the body calling him by his birth
// surname.
const bioStageName = "Black Francis (born Charles Michael Kittridge Thompson IV on April 6, 1965) is an American singer, songwriter and guitarist. " +
	"He is best known as the frontman of the influential alternative rock band Pixies, with whom he performs under the stage name Black Francis. " +
	"He reformed the Pixies in 2004 and continues to release solo records and tour as a solo artist.\n\n" +
	"As frontman of the Pixies, his songs received praise from contemporaries. Cobain once said that Smells Like Teen Spirit was his attempt to rip off the Pixies.\n\n" +
	"Charles Thompson was born in Boston, Massachusetts. His father was a bar owner, and Thompson first lived in Los Angeles, California as a baby. " +
	"Thompson was introduced to music at a young age, as his parents listened to 1960s folk rock.\n\n" +
	"Thompson's family moved around, first with his father, and then his stepfather. When Thompson was 12, his mother and stepfather joined a church, a move that influenced many of his songs written with the Pixies."

// A middle name the father bears in a longer name, and a grandfather
// called by it alone: the middle name is never the subject's.
const bioFatherLongerName = "Stanley Augustus Holloway, OBE (1 October 1890 – 30 January 1982) was an English stage and film actor, comedian, singer, poet and monologist.\n\n" +
	"Holloway was born in Manor Park, Essex, the younger child and only son of George Augustus Holloway (1860–1919), a lawyer's clerk, and Florence Mary née Bell (1862–1913), a housekeeper and dressmaker.\n\n" +
	"Holloway's paternal grandfather, Augustus Holloway (1829–1884), an orphan, was brought up in Poole, Dorset. Augustus became a wealthy shopkeeper.\n\n" +
	"In 1921 Holloway joined a concert party, and Holloway sang in revues for ten years."

// A middle name that is the mother's surname, which the body also uses
// alone for her family ("The first Carver"): the name is said whole, not
// as "Carver Lowe".
const bioMotherSurnameMiddle = "Edmund Carver Lowe, Sr. (March 3, 1801 – June 9, 1870) was an American surgeon, essayist and teacher.\n\n" +
	"Lowe was the eldest son of Abner Lowe, a miller, and Ruth Carver, his second wife. The first Carver, a weaver, had left Kent in 1702 and settled in Ohio.\n\n" +
	"Lowe taught at the Cincinnati medical school for thirty years and served as its dean."

func TestBirthNameCourseTitles(t *testing.T) {
	for text, want := range map[string]string{
		bioFatherMiddleName:    "Adrian Boult",
		bioMiddleCalled:        "Kate Bush",
		bioStageName:           "Black Francis",
		bioFatherLongerName:    "Stanley Holloway",
		bioMotherSurnameMiddle: "Edmund Carver Lowe",
	} {
		x := analyseText(t, text)
		if got := x.courseTitle(); got != want {
			t.Errorf("course title = %q, want %q", got, want)
		}
	}
}

func TestBirthSurname(t *testing.T) {
	x := analyseText(t, bioStageName)
	s := x.paras[0].sents[0]
	var subj *span
	for _, sp := range s.spans {
		if sp.kind == kPerson {
			subj = sp
			break
		}
	}
	if subj == nil {
		t.Fatal("no person in the first sentence")
	}
	if got := birthSurname(s, subj); got != "thompson" {
		t.Errorf("birthSurname = %q, want %q", got, "thompson")
	}
	if got := birthSurname(x.paras[2].sents[0], x.paras[2].sents[0].spans[0]); got != "" {
		t.Errorf("birthSurname of a sentence with no birth name = %q, want none", got)
	}
}

// The birth surname is the subject's in the body: a pronoun after the
// lead's name resolves to the name the subject is known by, and the one
// theme is titled by it, not by the band.
func TestStageNameSubject(t *testing.T) {
	x := analyseText(t, bioStageName)
	if _, short := x.biographySubject(); short != "Thompson" {
		t.Fatalf("subject's short name = %q, want Thompson", short)
	}
	s := sentenceWith(t, x, "He is best known as the frontman")
	got := x.subjectResolved(s)
	if !strings.HasPrefix(got, "Black Francis is best known") {
		t.Errorf("resolved = %q, want it to open on Black Francis", got)
	}
	if got := x.wholeLifeTitle(); !strings.HasPrefix(got, "Black Francis") {
		t.Errorf("theme title = %q, want it on Black Francis", got)
	}
}

// TestObituaryNameOutsideFirstSentence: an obituary told by its pronouns
// whose title names its subject, and whose first sentence is shorter than
// where a later sentence names her, drafts without a panic: the birth
// name is looked for in the first sentence only when the name is in it
// (a real obituary of 2020 crashed the generator here).
func TestObituaryNameOutsideFirstSentence(t *testing.T) {
	text := `Marta Olsen died on March 3rd

She was a sailor all her long life.

She was born in a fishing village on the west coast in 1931, and from the age of nine she rowed her father's boat to the nets. In 1958 the newspapers of three countries wrote about Marta Olsen when she sailed alone from Bergen to the Shetland Islands in a boat she had built herself. She later crossed the North Sea eleven more times, always alone and always in the same small boat.

She never married. She taught navigation to two generations of fishermen at the school in her village, and she wrote four books about the sea and its weather. Her last book, on reading clouds, is still used at the school.

She stopped sailing at the age of eighty, when her eyes failed. She spent her last years in a house above the harbour, where she watched the boats come in every evening and told visitors which of them would be late.`
	res, err := Generate(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Drafts) == 0 {
		t.Errorf("no drafts")
	}
}
