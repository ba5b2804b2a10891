package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// storeImages writes the bytes of the images that carry them, once per
// hash, and returns the images as a question or card keeps them: with
// their hash and type, without their bytes. An image without bytes must
// name one already stored (an edit keeping its image, a duplicated set).
func storeImages(ctx context.Context, tx *sql.Tx, imgs []quiz.Image, now string) ([]quiz.Image, error) {
	if len(imgs) == 0 {
		return nil, nil
	}
	out := make([]quiz.Image, 0, len(imgs))
	for _, im := range imgs {
		if im.Data != nil {
			checked, err := quiz.NewImage(im.Name, im.Alt, im.Data)
			if err != nil {
				return nil, err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO images (hash, type, size, data, created_at) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (hash) DO NOTHING`, checked.Hash, checked.Type, len(checked.Data), blob(checked.Data), now); err != nil {
				return nil, err
			}
			checked.Side, checked.Data = im.Side, nil
			out = append(out, checked)
			continue
		}
		if !quiz.ValidHash(im.Hash) {
			return nil, quiz.Errorf(quiz.EInvalid, "image %q has no data", im.Name)
		}
		err := tx.QueryRowContext(ctx, "SELECT type FROM images WHERE hash = ?", im.Hash).Scan(&im.Type)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, quiz.Errorf(quiz.EInvalid, "image %q is not stored", im.Name)
		}
		if err != nil {
			return nil, err
		}
		out = append(out, im)
	}
	return out, nil
}

// linkQuestionImages records the images a question's stem shows, replacing
// those of its earlier version.
func linkQuestionImages(ctx context.Context, tx *sql.Tx, questionID int64, imgs []quiz.Image) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM image_refs WHERE question_id = ?", questionID); err != nil {
		return err
	}
	for _, im := range imgs {
		if _, err := tx.ExecContext(ctx, "INSERT INTO image_refs (hash, question_id, side) VALUES (?, ?, 'stem')", im.Hash, questionID); err != nil {
			return err
		}
	}
	return nil
}

// linkCardImages records the images a written card shows, on each side,
// replacing those it showed before.
func linkCardImages(ctx context.Context, tx *sql.Tx, cardID int64, imgs []quiz.Image) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM image_refs WHERE card_id = ?", cardID); err != nil {
		return err
	}
	for _, im := range imgs {
		if _, err := tx.ExecContext(ctx, "INSERT INTO image_refs (hash, card_id, side) VALUES (?, ?, ?)", im.Hash, cardID, im.Side); err != nil {
			return err
		}
	}
	return nil
}

// imagesJSON is a written card's images as its images column keeps them.
func imagesJSON(imgs []quiz.Image) string {
	if len(imgs) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(imgs)
	return string(b)
}

// readImages reads a card's images column; none is nil.
func readImages(s string) ([]quiz.Image, error) {
	var imgs []quiz.Image
	if err := json.Unmarshal([]byte(s), &imgs); err != nil {
		return nil, err
	}
	if len(imgs) == 0 {
		return nil, nil
	}
	return imgs, nil
}

// FindImage returns a stored image with the places it is shown: for each,
// its course and whether the learner userID (0 for a visitor) may see it
// there. A question's stem or option image is open when the question is
// live in a published set (a test's stem is shown to whoever takes it),
// its feedback's images once the learner has answered it and may see its
// feedback (feedbackOpen); a card's
// image, front or back, when the card is in the learner's deck, as the
// flashcard routes read it (openCard): a card's back is answer material.
// Whether the course itself is visible, or owned, is the caller's to ask.
func (db *DB) FindImage(ctx context.Context, hash string, userID int64, now time.Time) (*quiz.StoredImage, []quiz.ImageUse, error) {
	if !quiz.ValidHash(hash) {
		return nil, nil, notFound("There is no such image.")
	}
	img := &quiz.StoredImage{Hash: hash}
	var uses []quiz.ImageUse
	err := db.rtx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, "SELECT type, data FROM images WHERE hash = ?", hash).Scan(&img.Type, &img.Data)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("There is no such image.")
		}
		if err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, imageUsesQuery, hash, userID, db.cutoff(now))
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var u quiz.ImageUse
			if err := rows.Scan(&u.CourseID, &u.Open); err != nil {
				return err
			}
			uses = append(uses, u)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, nil, fmt.Errorf("store: find image: %w", err)
	}
	return img, uses, nil
}

// imageUsesQuery lists the places an image is shown (?1 its hash): each
// place's course and whether the learner ?2 may see it there (?3 the
// cutoff of running test attempts).
var imageUsesQuery = `SELECT q.course_id, (q.deleted_at IS NULL AND s.status = 'published'
		AND (r.side <> 'feedback' OR ` + feedbackOpen("?2", "?3") + `))
	FROM image_refs r JOIN questions q ON q.id = r.question_id JOIN question_sets s ON s.id = q.set_id
	WHERE r.hash = ?1
	UNION ALL
	SELECT c.course_id, ` + openCard("?2", "?3") + `
	FROM image_refs r JOIN cards c ON c.id = r.card_id
	WHERE r.hash = ?1`

// feedbackOpen is the SQL condition that the learner user may see the
// feedback of the question aliased q, in the set aliased s (image_refs
// row r): they have answered it, and the set shows feedback as soon as
// they answer (practice), or its review shows the answers now (the test
// is taken: testTaken, as for its cards). A visitor (user 0) has answered
// nothing. The general feedback's images (no position) go with the
// explanation: hidden where the set hides explanations. Whether the
// learner has answered is their row of question_mastery, written with
// every answer and kept as long as its responses (found by its primary
// key; responses have no index by learner and question).
func feedbackOpen(user, cutoff string) string {
	return "(EXISTS (SELECT 1 FROM question_mastery fm WHERE fm.user_id = " + user + " AND fm.question_id = q.id)" +
		" AND (r.position IS NOT NULL OR COALESCE(json_extract(s.settings, '$.hide_explanations'), 0) = 0)" +
		" AND (" + practiceOf("s") + " OR " + testTaken("s", user, cutoff) + "))"
}

// ImageData fills in the bytes of the images of questions and cards, for
// an export. The image slices are copied, so shared questions are left as
// they were.
func (db *DB) ImageData(ctx context.Context, qs []quiz.Question, cards []quiz.Card) error {
	err := db.rtx(ctx, func(tx *sql.Tx) error { return fillImageData(ctx, tx, qs, cards) })
	if err != nil {
		return fmt.Errorf("store: image data: %w", err)
	}
	return nil
}

func fillImageData(ctx context.Context, tx *sql.Tx, qs []quiz.Question, cards []quiz.Card) error {
	cache := map[string][]byte{}
	fill := func(imgs []quiz.Image) ([]quiz.Image, error) {
		if len(imgs) == 0 {
			return imgs, nil
		}
		imgs = append([]quiz.Image(nil), imgs...)
		for i := range imgs {
			im := &imgs[i]
			if im.Data != nil {
				continue
			}
			if d, ok := cache[im.Hash]; ok {
				im.Data = d
				continue
			}
			if err := tx.QueryRowContext(ctx, "SELECT data FROM images WHERE hash = ?", im.Hash).Scan(&im.Data); err != nil {
				return nil, fmt.Errorf("image %q: %w", im.Name, err)
			}
			cache[im.Hash] = im.Data
		}
		return imgs, nil
	}
	var err error
	for i := range qs {
		if qs[i].Images, err = fill(qs[i].Images); err != nil {
			return err
		}
		if qs[i].FeedbackImages, err = fill(qs[i].FeedbackImages); err != nil {
			return err
		}
		if qs[i].Options, err = fillOptionImageData(qs[i].Options, fill); err != nil {
			return err
		}
		if err := fillAnswerImageData(&qs[i], fill); err != nil {
			return err
		}
	}
	for i := range cards {
		if cards[i].Images, err = fill(cards[i].Images); err != nil {
			return err
		}
	}
	return nil
}
