package handlers_test

import (
	"crypto/sha256"
	"encoding/hex"
	"image/color"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/ankitest"
)

// The import preview shows a file's images as learners will see them, on
// the side of the card they belong to, with their alt text, before
// anything is stored: each is served from the upload to the instructor
// who made it, and to nobody else (another instructor, even an owner of
// the course, a learner, a visitor); a hash the file does not hold, and
// the upload once confirmed, answer 404.
func TestImportPreviewShowsImages(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	front := ankitest.PNG(t, 3, 2, color.RGBA{200, 0, 0, 255})
	back := ankitest.PNG(t, 2, 3, color.RGBA{0, 200, 0, 255})
	up := b.upload("/teach/courses/rivers/import", "Maps.apkg", imageDeck(t, front, back), map[string]string{"theme": "danube", "title": "Maps"})
	wantStatus(t, up, http.StatusSeeOther)
	loc := up.header.Get("Location")
	preview := b.get(loc)
	wantStatus(t, preview, http.StatusOK)

	card := preview.doc.Find(`[data-testid="preview-card-list"] li`).First()
	srcs := map[string]string{}
	for side, sel := range map[string]string{"front": `.card-front + [data-testid="images"] img`, "back": `.card-back [data-testid="images"] img`} {
		img := card.Find(sel)
		if img.Length() != 1 {
			t.Fatalf("the preview shows %d images on the card's %s, want 1:\n%s", img.Length(), side, preview.body)
		}
		src, _ := img.Attr("src")
		if !strings.HasPrefix(src, loc+"/images/") {
			t.Errorf("the %s image is served from %q, not from the upload", side, src)
		}
		if alt, _ := img.Attr("alt"); alt == "" {
			t.Errorf("the %s image has no alt text", side)
		}
		srcs[side] = src
	}
	for side, want := range map[string][]byte{"front": front, "back": back} {
		p := b.get(srcs[side])
		wantStatus(t, p, http.StatusOK)
		if p.body != string(want) || p.header.Get("Content-Type") != "image/png" || p.header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("the %s image: %d bytes, %q", side, len(p.body), p.header.Get("Content-Type"))
		}
	}

	other := a.browser()
	a.instructor("other@example.org", "other passphrase") // owns the course too, but did not upload
	wantStatus(t, other.signIn("other@example.org", "other passphrase"), http.StatusSeeOther)
	for who, br := range map[string]*browser{"another instructor": other, "a visitor": a.browser()} {
		if p := br.get(srcs["front"]); p.status == http.StatusOK {
			t.Errorf("%s saw an image of the upload", who)
		}
	}
	missing := loc + "/images/" + strings.Repeat("ab", 32)
	if p := b.get(missing); p.status != http.StatusNotFound {
		t.Errorf("a hash the file does not hold answered %d", p.status)
	}
	if p := b.get(loc + "/images/not-a-hash"); p.status != http.StatusNotFound {
		t.Errorf("a malformed hash answered %d", p.status)
	}

	wantStatus(t, b.post(loc, nil), http.StatusSeeOther)
	if p := b.get(srcs["front"]); p.status != http.StatusNotFound {
		t.Errorf("the confirmed upload's image answered %d", p.status)
	}
}

// A Moodle XML question's embedded image shows with its prompt on the
// preview, with its alt text, served from the upload.
func TestImportPreviewShowsQuestionImages(t *testing.T) {
	dir := os.Getenv("LECTERN_FIXTURES")
	if dir == "" {
		dir = "../../shared/fixtures/import"
	}
	data, err := os.ReadFile(filepath.Join(dir, "moodle-xml", "truefalse.xml"))
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skipf("Moodle XML fixture not found (set LECTERN_FIXTURES): %v", err)
	}
	a := newApp(t)
	b := teacherOn(t, a)
	up := b.upload("/teach/courses/rivers/import", "truefalse.xml", data, map[string]string{"theme": "danube", "title": "Acronyms"})
	wantStatus(t, up, http.StatusSeeOther)
	preview := b.get(up.header.Get("Location"))
	wantStatus(t, preview, http.StatusOK)
	imgs := preview.doc.Find(`[data-testid="preview-question-list"] .prompt + [data-testid="images"] img`)
	if imgs.Length() != 2 || imgs.AttrOr("alt", "") != "Moodle logo" {
		t.Fatalf("the preview shows %d images with the prompts, alt %q", imgs.Length(), imgs.AttrOr("alt", ""))
	}
	p := b.get(imgs.AttrOr("src", ""))
	wantStatus(t, p, http.StatusOK)
	if p.header.Get("Content-Type") != "image/jpeg" && p.header.Get("Content-Type") != "image/png" && p.header.Get("Content-Type") != "image/gif" {
		t.Errorf("the image is served as %q", p.header.Get("Content-Type"))
	}
	if sum := sha256.Sum256([]byte(p.body)); !strings.HasSuffix(imgs.AttrOr("src", ""), hex.EncodeToString(sum[:])) {
		t.Error("the bytes served are not those of the image's hash")
	}
}
