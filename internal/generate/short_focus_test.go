package generate

import (
	"strconv"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// shortFocusReport is a short news report in the shape of one whose one
// theme proposed three items: its central sentences lean on the one
// before by an "also", and its other sentences are speech or figures.
const shortFocusReport = "Harbour towns told to raise flood walls\n\n" +
	"Ministers are being urged to fund higher flood walls in harbour towns before the winter storms.\n\n" +
	"Some 40 harbour towns will flood every winter by 2030 unless the walls are raised, the Coastal Trust says in a report. " +
	"\"The sea is rising faster than the walls,\" the trust's director said.\n\n" +
	"The Coastal Trust has asked ministers to fund higher flood walls in harbour towns for ten years. " +
	"Ministers have also promised to pay for flood walls in the harbour towns that the storms damaged last year. " +
	"It also says that the walls of the harbour towns were last raised in 1970.\n\n" +
	"A spokesman for the ministry said: \"We will publish our plans for the harbour towns in the spring.\""

func TestShortFocusStatement(t *testing.T) {
	_, paras, _ := SplitSections(shortFocusReport)
	a, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	all := allParas(len(a.paras))
	if !a.wholeShortReport(quiz.Theme{Paragraphs: all}) {
		t.Fatal("the test report is not a whole short report")
	}
	sents := a.sentencesOf(all)
	rankSentences(sents)
	var also *sentence
	for _, s := range sents {
		if strings.HasPrefix(s.text, "Ministers have also") {
			also = s
		}
	}
	if also == nil {
		t.Fatal("no sentence with an also")
	}
	tr := a.shortFocusStatement(sents, map[int]int{}, map[string]bool{}, nil)
	if also.score < backboneCentral {
		t.Fatalf("the sentence with an also scores %.2f, under %.2f: the test report no longer has its shape", also.score, backboneCentral)
	}
	if tr == nil {
		t.Fatal("no statement drafted from the central sentence with an also")
	}
	want := "True or false? Ministers have promised to pay for flood walls in the harbour towns that the storms damaged last year."
	if tr.q.Prompt != want {
		t.Errorf("prompt = %q, want %q", tr.q.Prompt, want)
	}
	// "It also says …": the pronoun still leans on the sentence before.
	used := map[string]bool{}
	for used[strconv.Itoa(tr.sent.idx)+"|*"] = true; ; {
		tr = a.shortFocusStatement(sents, map[int]int{}, used, nil)
		if tr == nil {
			break
		}
		if strings.HasPrefix(tr.q.Prompt, "True or false? It ") {
			t.Errorf("drafted %q, whose subject is a pronoun", tr.q.Prompt)
		}
		used[strconv.Itoa(tr.sent.idx)+"|*"] = true
	}
}
