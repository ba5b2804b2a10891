package handlers_test

import (
	"context"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/handlers"
	"github.com/lectern/lectern/internal/ankitest"
)

// An instructor uploads an Anki package through the form: the preview
// shows every card as learners will see it, with its theme and tags, and
// says what is left out; nothing is written until the import is
// confirmed; then the cards are in the course, in the themes their decks
// name, with their tags. The same package cannot be imported twice. Both
// layouts Anki exports are read alike: schema 11 (collection.anki2, "Support
// older Anki versions") and schema 18 (collection.anki21b, zstd-compressed,
// beside a stub collection.anki2 that must not be read).
func TestImportAnkiPackage(t *testing.T) {
	layouts := []struct {
		name string
		pack func(testing.TB, ankitest.Collection, map[string][]byte) []byte
	}{
		{"anki2", ankitest.Package},
		{"anki21b", ankitest.Package21b},
	}
	for _, l := range layouts {
		t.Run(l.name, func(t *testing.T) { testImportAnkiPackage(t, l.pack) })
	}
}

func testImportAnkiPackage(t *testing.T, pack func(testing.TB, ankitest.Collection, map[string][]byte) []byte) {
	a := newApp(t)
	b := teacherOn(t, a)
	ctx := context.Background()
	apkg := pack(t, ankitest.Sample(), map[string][]byte{"danube.jpg": []byte("\xff\xd8jpeg")})
	form := map[string]string{"theme": "rhine-and-borders", "title": "From Anki", "publish": "1"}
	before, _ := a.db.ExportCourse(ctx, "rivers")

	up := b.upload("/teach/courses/rivers/import", "Rivers.apkg", apkg, form)
	wantStatus(t, up, http.StatusSeeOther)
	preview := b.get(up.header.Get("Location"))
	wantStatus(t, preview, http.StatusOK)
	if got := preview.doc.Find(`[data-testid="preview-cards"]`).Text(); got != "10 flashcards written in the file" {
		t.Errorf("preview says %q", got)
	}
	cards := preview.doc.Find(`[data-testid="preview-card-list"] li`)
	if cards.Length() != 10 {
		t.Fatalf("the preview shows %d cards, want 10", cards.Length())
	}
	first := cards.First()
	if got := first.Find(".card-front").Text(); got != "Where does the Danube end?" {
		t.Errorf("first front %q", got)
	}
	if got := first.Find(".answer-line").Text(); got != "In the Black Sea" {
		t.Errorf("first back %q", got)
	}
	if got := first.Find(".tag").Map(func(_ int, s *goquery.Selection) string { return s.Text() }); !reflect.DeepEqual(got, []string{"The Danube", "geo", "rivers"}) {
		t.Errorf("first card's tags %q", got)
	}
	if cards.Find("b, img, script").Length() != 0 {
		t.Error("the preview renders the fields' HTML")
	}
	if got := cards.Eq(8).Find(".card-front").Text(); got != "The Danube flows through [how many?] countries to the Black Sea." {
		t.Errorf("the cloze card with a hint shows %q", got)
	}
	if got := cards.Eq(3).Find(".tag").First().Text(); got != "The Rhine and borders" {
		t.Errorf("a card of the Default deck goes to %q, want the chosen theme", got)
	}
	skipped := preview.doc.Find(`[data-testid="skipped"]`).Text()
	for _, want := range []string{`"danube.jpg" is not a PNG, JPEG, GIF or WebP image`, `2 notes of note type "Image Occlusion" not imported`} {
		if !strings.Contains(skipped, want) {
			t.Errorf("skipped does not say %q: %q", want, skipped)
		}
	}
	mid, _ := a.db.ExportCourse(ctx, "rivers")
	if len(mid.Cards) != len(before.Cards) {
		t.Fatal("the preview wrote cards")
	}

	wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusSeeOther)
	after, _ := a.db.ExportCourse(ctx, "rivers")
	added := after.Cards[len(before.Cards):]
	if len(added) != 10 {
		t.Fatalf("%d cards added, want 10", len(added))
	}
	byTheme := map[string]int{}
	for _, c := range added {
		byTheme[c.Theme]++
	}
	if want := map[string]int{"danube": 5, "rhine-and-borders": 5}; !reflect.DeepEqual(byTheme, want) {
		t.Errorf("cards by theme %v, want %v", byTheme, want)
	}
	if got := added[0].Tags; !reflect.DeepEqual(got, []string{"geo", "rivers"}) {
		t.Errorf("stored tags %q", got)
	}
	if added[1].Tags != nil {
		t.Errorf("a card without tags has %q", added[1].Tags)
	}

	// The instructor sees the tags on the sets' pages.
	sets, _ := a.db.ListSets(ctx, 1)
	var tagsShown string
	for _, st := range sets {
		if st.Title != "From Anki" {
			continue
		}
		setPage := b.get("/teach/sets/" + strconv.FormatInt(st.ID, 10))
		wantStatus(t, setPage, http.StatusOK)
		tagsShown += setPage.doc.Find(`[data-testid="card-tags"]`).Text()
	}
	for _, want := range []string{"geo", "rivers", "capitals", "cloze"} {
		if !strings.Contains(tagsShown, want) {
			t.Errorf("the sets' pages do not show the tag %q: %q", want, tagsShown)
		}
	}

	// A learner studying the card sees its tags.
	c, _ := a.db.FindCourse(ctx, "rivers")
	danube, _ := c.Theme("danube")
	written, _ := a.db.ThemeCards(ctx, danube.ID)
	var cardID int64
	for _, wc := range written {
		if wc.Front == "Where does the Danube end?" {
			cardID = wc.ID
		}
	}
	learner := a.browser()
	learner.startQuiz("danube") // a learner is made by their first quiz
	review := learner.get("/courses/rivers/review/" + strconv.FormatInt(cardID, 10) + "?theme=danube")
	wantStatus(t, review, http.StatusOK)
	if got := review.doc.Find(`[data-testid="card-tag"]`).Map(func(_ int, s *goquery.Selection) string { return s.Text() }); !reflect.DeepEqual(got, []string{"geo", "rivers"}) {
		t.Errorf("the learner sees the tags %q", got)
	}

	again := b.upload("/teach/courses/rivers/import", "Rivers.apkg", apkg, form)
	wantStatus(t, again, http.StatusOK)
	if !strings.Contains(again.doc.Find(`[data-testid="import-all-present"]`).Text(), "already in this course") {
		t.Errorf("a second import does not say it is all in the course: %q", again.body)
	}
}

// A broken package is refused beside the form, saying why and what to do,
// with the choices kept and nothing written.
func TestImportAnkiBadPackages(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	ctx := context.Background()
	before, _ := a.db.ExportCourse(ctx, "rivers")
	form := map[string]string{"theme": "danube", "title": "From Anki"}
	onlyUnknown := ankitest.Sample()
	onlyUnknown.Notes = onlyUnknown.Notes[6:]
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"corrupt.apkg", ankitest.Package(t, ankitest.Sample(), nil)[:700], "not a zip archive"},
		{"empty.apkg", ankitest.Zip(t, "media", "{}"), "holds no Anki collection"},
		{"new.apkg", ankitest.Zip(t, "collection.anki21b", "x", "collection.anki2", ankitest.Stub(t)), "not zstd-compressed"},
		{"new-damaged.apkg", ankitest.Zip(t, "collection.anki21b", ankitest.Zstd(t, []byte("SQLite format 3\x00 and no more")), "collection.anki2", ankitest.Stub(t)), "cannot be read"},
		{"new-bomb.apkg", ankitest.Bomb21b(t, 65<<20), "collection.anki21b in this package unpacks to more than 64 MiB"},
		{"occlusion.apkg", ankitest.Package(t, onlyUnknown, nil), `no question or card that Lectern can import`},
		{"bomb.apkg", ankitest.Bomb(t, 65<<20), "unpacks to more than 64 MiB"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := b.upload("/teach/courses/rivers/import", c.name, c.data, form)
			wantStatus(t, p, http.StatusUnprocessableEntity)
			if got := p.doc.Find(`[data-testid="file-errors"]`).Text(); !strings.Contains(got, c.want) {
				t.Errorf("errors %q do not say %q", got, c.want)
			}
			if v, _ := p.doc.Find("#title").Attr("value"); v != "From Anki" {
				t.Errorf("the set's name was not kept: %q", v)
			}
		})
	}
	after, _ := a.db.ExportCourse(ctx, "rivers")
	if len(after.Cards) != len(before.Cards) || len(after.Questions) != len(before.Questions) {
		t.Error("a refused package wrote something")
	}
}

// A package over the upload limit is refused beside the field, saying how
// to export a smaller one.
func TestImportAnkiTooLarge(t *testing.T) {
	apkg := ankitest.Package(t, ankitest.Sample(), nil)
	a := newApp(t, func(d *handlers.Deps) { d.MaxImportBytes = int64(len(apkg)) - 100 })
	b := teacherOn(t, a)
	p := b.upload("/teach/courses/rivers/import", "Rivers.apkg", apkg, map[string]string{"theme": "danube", "title": "From Anki"})
	wantStatus(t, p, http.StatusUnprocessableEntity)
	if got := p.doc.Find("#file-error").Text(); !strings.Contains(got, "without its media") {
		t.Errorf("the file's error says %q", got)
	}
}
