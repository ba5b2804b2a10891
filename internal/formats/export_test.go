package formats

import "encoding/json"

// Exported for the tests in formats_test.
var (
	ClozeOrdinals = clozeOrdinals
	RevealCloze   = revealCloze
	FixtureDir    = fixtureDir
)

// ConvertNote turns one note of note type "1" in modelsJSON, with a card
// for each of ords in deck "A::B", into flashcards.
func ConvertNote(modelsJSON, flds, tags string, ords []int, opts Options) (*Result, error) {
	cards := map[int64][]ankiCard{}
	for _, o := range ords {
		cards[1] = append(cards[1], ankiCard{id: int64(o), did: 2, ord: o})
	}
	models := map[string]ankiModel{}
	if err := json.Unmarshal([]byte(modelsJSON), &models); err != nil {
		// As readNoteTypes says it of a package.
		return nil, packageErr("The note types in this collection cannot be read (%v): export it again from Anki.", err)
	}
	return convertNotes(models, map[string]string{"2": "A::B"}, []ankiNote{{id: 1, mid: "1", tags: tags, flds: flds}}, cards, opts)
}
