package store

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"
)

// Orphaned images. An image's bytes are stored once (table images) and
// referenced from the body of every question version that shows it, from
// the images column of every card that shows it, and from image_refs. An
// image none of them names any more is removed: when a set or a course is
// deleted (its questions, their versions and its cards go with it), and by
// SweepImages, which lectern serve runs at start-up. A question or card
// that is removed keeps its row, and so its images, for as long as Undo
// can bring it back; an edit keeps its earlier versions, and so theirs, for
// the learners who answered them.

// hashRE finds the image hashes a question version's body or a card's
// images column names (each image's "sha256").
var hashRE = regexp.MustCompile(`[0-9a-f]{64}`)

// hashesFrom collects the hashes named in the text of every row query
// returns (one text column).
func hashesFrom(ctx context.Context, tx *sql.Tx, into map[string]bool, query string, args ...any) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var text string
		if err := rows.Scan(&text); err != nil {
			return err
		}
		for _, h := range hashRE.FindAllString(text, -1) {
			into[h] = true
		}
	}
	return rows.Err()
}

// imagesShownIn returns the hashes of the images shown by the questions
// (in any version) and cards that a set or a course holds: those whose
// deletion may leave them unreferenced. scope is "set_id" or "course_id".
func imagesShownIn(ctx context.Context, tx *sql.Tx, scope string, id int64) (map[string]bool, error) {
	out := map[string]bool{}
	if err := hashesFrom(ctx, tx, out, `SELECT v.body FROM question_versions v JOIN questions q ON q.id = v.question_id
		WHERE q.`+scope+` = ?`, id); err != nil {
		return nil, err
	}
	cards := `SELECT c.images FROM cards c WHERE c.course_id = ?`
	if scope == "set_id" {
		cards = `SELECT c.images FROM cards c WHERE c.set_id = ?1 OR c.question_id IN (SELECT id FROM questions WHERE set_id = ?1)`
	}
	if err := hashesFrom(ctx, tx, out, cards, id); err != nil {
		return nil, err
	}
	return out, nil
}

// dropUnreferenced removes, of the images hashes names, those that no
// question version, card or image_refs row names any more. It returns how
// many it removed.
func dropUnreferenced(ctx context.Context, tx *sql.Tx, hashes map[string]bool) (int, error) {
	n := 0
	for h := range hashes {
		like := "%" + h + "%"
		res, err := tx.ExecContext(ctx, `DELETE FROM images WHERE hash = ?
			AND NOT EXISTS (SELECT 1 FROM image_refs WHERE hash = ?)
			AND NOT EXISTS (SELECT 1 FROM question_versions WHERE body LIKE ?)
			AND NOT EXISTS (SELECT 1 FROM cards WHERE images LIKE ?)`, h, h, like, like)
		if err != nil {
			return n, err
		}
		k, err := res.RowsAffected()
		if err != nil {
			return n, err
		}
		n += int(k)
	}
	return n, nil
}

// SweepImages removes every stored image that no question version, card
// or image_refs row names, and returns how many it removed. It reads every
// version's body once, in one write transaction, so that no import can
// name an image between the reading and the removal.
func (db *DB) SweepImages(ctx context.Context) (int, error) {
	n := 0
	err := db.tx(ctx, func(tx *sql.Tx) error {
		used := map[string]bool{}
		for _, q := range []string{
			"SELECT hash FROM image_refs",
			"SELECT body FROM question_versions",
			"SELECT images FROM cards",
		} {
			if err := hashesFrom(ctx, tx, used, q); err != nil {
				return err
			}
		}
		stored := map[string]bool{}
		if err := hashesFrom(ctx, tx, stored, "SELECT hash FROM images"); err != nil {
			return err
		}
		var orphans []string
		for h := range stored {
			if !used[h] {
				orphans = append(orphans, h)
			}
		}
		for _, h := range orphans {
			res, err := tx.ExecContext(ctx, "DELETE FROM images WHERE hash = ?", h)
			if err != nil {
				return err
			}
			k, err := res.RowsAffected()
			if err != nil {
				return err
			}
			n += int(k)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: sweep images: %w", err)
	}
	return n, nil
}
