package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

func trueItem(s *sentence) *item {
	return &item{sent: s, answer: "True", rule: "truefalse-true", q: &quiz.Question{
		Type:    quiz.TrueFalse,
		Prompt:  "True or false? " + s.text,
		Options: []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}},
	}}
}

func TestSameRareFact(t *testing.T) {
	x := analyseText(t, "Marek Dolan was a Polish stage director who worked mostly for French radio.\n\n"+
		"After studying architecture and then drama, Dolan began his career as a writer in Lyon. "+
		"Born in Krakow, Dolan first studied to become an architect, before changing career paths and enrolling to study drama at the Krakow Academy. "+
		"Dolan moved to Paris in 1931, where he directed plays for the radio. "+
		"Musicians are embracing the internet as a way of reaching new fans and selling more music, his survey found. "+
		"Independent musicians saw the internet as a way to get around the need for a record contract and reach fans directly. "+
		"Most musicians used the internet every day for their music. "+
		"Few musicians feared that the internet would cost them their income.")
	first := trueItem(sentenceWith(t, x, "After studying architecture"))
	second := trueItem(sentenceWith(t, x, "Born in Krakow"))
	paris := trueItem(sentenceWith(t, x, "moved to Paris"))
	if !x.sameRareFact(first, second) || !x.sameFact(first, second) {
		t.Errorf("two statements of the studies of architecture and drama are not one fact")
	}
	if x.sameRareFact(first, paris) {
		t.Errorf("the studies and the move to Paris are one fact")
	}
	// A card on the second sentence that blanks what the first names.
	card := &item{sent: second.sent, answer: "career paths", rule: "cloze-card", c: &quiz.Card{}}
	if !x.sameRareFact(first, card) {
		t.Errorf("a card blanking career paths beside a statement of the career is not a repeat")
	}
	card.answer = "Krakow Academy"
	if x.sameRareFact(first, card) {
		t.Errorf("a card blanking the academy, which the statement does not name, is a repeat")
	}
	// Two statements sharing the article's topic words and two rare
	// ones are two facts.
	if x.sameRareFact(trueItem(sentenceWith(t, x, "Musicians are embracing")), trueItem(sentenceWith(t, x, "Independent musicians"))) {
		t.Errorf("two statements sharing only two rare words are one fact")
	}
}

// TestSameYearFact: a statement in the lead and one in the life that give
// the same year, the same named studio and the same verb state one fact,
// even in few words alike; the same year with another studio or another
// deed is another fact.
func TestSameYearFact(t *testing.T) {
	x := analyseText(t, "Marta Reyes (May 2, 1908 – June 9, 1990) was an American animator and director. "+
		"After odd jobs in the first months of the Depression, Reyes joined the Brand and Orme animation studio in 1930. "+
		"In 1937 Reyes met Joseph Varga at the Lorne studio.\n\n"+
		"Reyes took a job at a printing works that made title cards for films. "+
		"Her talent for drawing became evident, and in 1930 she joined the Brand and Orme animation studio, which had created the Lark series. "+
		"In 1930 the Brand and Orme animation studio opened a second office in Hollywood. "+
		"In 1930 she also joined the Kell and Dunn choir.")
	lead := trueItem(sentenceWith(t, x, "After odd jobs"))
	life := trueItem(sentenceWith(t, x, "Her talent for drawing"))
	if !x.sameYearFact(lead, life) || !x.sameFact(lead, life) {
		t.Errorf("two statements of joining the studio in 1930 are not one fact")
	}
	// A false statement of the lead's fact beside the true one in the
	// life: the true one answers it.
	swapped := &item{sent: lead.sent, answer: "1930", rule: "truefalse-swap"}
	if !x.sameYearFact(swapped, life) {
		t.Errorf("a false statement of the joining beside its true statement is not a repeat")
	}
	if x.sameYearFact(lead, trueItem(sentenceWith(t, x, "opened a second office"))) {
		t.Errorf("the studio's new office and Reyes joining it are one fact")
	}
	if x.sameYearFact(lead, trueItem(sentenceWith(t, x, "Kell and Dunn choir"))) {
		t.Errorf("joining a choir and joining the studio are one fact")
	}
	if x.sameYearFact(lead, trueItem(sentenceWith(t, x, "In 1937 Reyes met"))) {
		t.Errorf("meeting Varga in 1937 and joining the studio in 1930 are one fact")
	}
}

// TestSameClaim: one side's claim that the security services were
// involved, told in the lead and again in the next paragraph, is one
// fact; the other side's denial is not a repeat of it.
func TestSameClaim(t *testing.T) {
	x := analyseText(t, "A Plaid Cymru MP believes UK security services were involved in some arson attacks blamed on Welsh extremists.\n\n"+
		"Ex Welsh Office Minister Lord Roberts of Conwy denied security services were involved. "+
		"Plaid Cymru's Elfyn Llwyd has suggested the security services could have been involved, with the intention of discrediting the nationalist vote.\n\n"+
		"The security services have not commented on the attacks. "+
		"Plaid Cymru has three MPs at Westminster, and none of them was involved in the campaign.")
	lead := trueItem(sentenceWith(t, x, "A Plaid Cymru MP"))
	again := trueItem(sentenceWith(t, x, "has suggested"))
	denial := trueItem(sentenceWith(t, x, "denied security"))
	if !x.sameFact(lead, again) {
		t.Errorf("the claim told twice is not one fact")
	}
	if x.sameClaim(lead, denial) || x.sameClaim(again, denial) {
		t.Errorf("the denial repeats the claim")
	}
}
