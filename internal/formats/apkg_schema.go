package formats

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"google.golang.org/protobuf/encoding/protowire"
)

// readNoteTypes returns a collection's note types and deck names, both by
// id, from whichever layout it has: the notetypes table of schema 18 when
// it exists, else the JSON of col.models and col.decks (schema 11).
func readNoteTypes(ctx context.Context, db *sql.DB) (map[string]ankiModel, map[string]string, error) {
	var n int
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'notetypes'").Scan(&n); err != nil {
		return nil, nil, err
	}
	if n > 0 {
		return readNoteTypes18(ctx, db)
	}
	var modelsJSON, decksJSON string
	if err := db.QueryRowContext(ctx, "SELECT models, decks FROM col").Scan(&modelsJSON, &decksJSON); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, nil, packageErr("The collection in this package is empty (its col table has no row): export it again from Anki.")
		}
		return nil, nil, err
	}
	models := map[string]ankiModel{}
	if err := json.Unmarshal([]byte(modelsJSON), &models); err != nil {
		return nil, nil, packageErr("The note types in this collection cannot be read (%v): export it again from Anki.", err)
	}
	rawDecks := map[string]struct {
		Name string `json:"name"`
	}{}
	if err := json.Unmarshal([]byte(decksJSON), &rawDecks); err != nil {
		return nil, nil, packageErr("The decks in this collection cannot be read (%v): export it again from Anki.", err)
	}
	decks := make(map[string]string, len(rawDecks))
	for id, d := range rawDecks {
		decks[id] = d.Name
	}
	return models, decks, nil
}

// readNoteTypes18 reads the note types and decks of a schema-18
// collection (rslib/src/storage/upgrades/schema15_upgrade.sql in Anki's
// sources): notetypes(id, name, config) whose config is a
// Notetype.Config message (kind: field 1, 0 standard, 1 cloze);
// fields(ntid, ord, name); templates(ntid, ord, name, config) whose config
// is a Notetype.Template.Config message (q_format: field 1, a_format:
// field 2); decks(id, name), the parts of a deck's name separated by
// U+001F instead of "::".
func readNoteTypes18(ctx context.Context, db *sql.DB) (map[string]ankiModel, map[string]string, error) {
	models := map[string]ankiModel{}
	rows, err := db.QueryContext(ctx, "SELECT CAST(id AS TEXT), name, config FROM notetypes")
	if err != nil {
		return nil, nil, err
	}
	for rows.Next() {
		var id, name string
		var config []byte
		if err := rows.Scan(&id, &name, &config); err != nil {
			rows.Close()
			return nil, nil, err
		}
		m := ankiModel{Name: name}
		if err := protoEach(config, func(num protowire.Number, typ protowire.Type, _ []byte, v uint64) {
			if num == 1 && typ == protowire.VarintType {
				m.Type = int(min(v, 1<<16))
			}
		}); err != nil {
			rows.Close()
			return nil, nil, packageErr("The note type %q in this collection cannot be read (%v): export it again from Anki.", name, err)
		}
		models[id] = m
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}

	rows, err = db.QueryContext(ctx, "SELECT CAST(ntid AS TEXT), ord, name FROM fields ORDER BY ntid, ord")
	if err != nil {
		return nil, nil, err
	}
	for rows.Next() {
		var id, name string
		var ord int
		if err := rows.Scan(&id, &ord, &name); err != nil {
			rows.Close()
			return nil, nil, err
		}
		m, ok := models[id]
		if !ok {
			continue
		}
		m.Flds = append(m.Flds, ankiField{Name: name, Ord: ord})
		models[id] = m
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}

	rows, err = db.QueryContext(ctx, "SELECT CAST(ntid AS TEXT), ord, name, config FROM templates ORDER BY ntid, ord")
	if err != nil {
		return nil, nil, err
	}
	for rows.Next() {
		var id, name string
		var ord int
		var config []byte
		if err := rows.Scan(&id, &ord, &name, &config); err != nil {
			rows.Close()
			return nil, nil, err
		}
		m, ok := models[id]
		if !ok {
			continue
		}
		var qfmt, afmt string
		if err := protoEach(config, func(num protowire.Number, typ protowire.Type, b []byte, _ uint64) {
			if typ != protowire.BytesType {
				return
			}
			switch num {
			case 1:
				qfmt = string(b)
			case 2:
				afmt = string(b)
			}
		}); err != nil {
			rows.Close()
			return nil, nil, packageErr("The card %q of note type %q in this collection cannot be read (%v): export it again from Anki.", name, m.Name, err)
		}
		m.Tmpls = append(m.Tmpls, ankiTemplate{Name: name, Ord: ord, Qfmt: qfmt, Afmt: afmt})
		models[id] = m
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}

	decks := map[string]string{}
	rows, err = db.QueryContext(ctx, "SELECT CAST(id AS TEXT), name FROM decks")
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id, name string
		if err := rows.Scan(&id, &name); err != nil {
			return nil, nil, err
		}
		decks[id] = strings.ReplaceAll(name, "\x1f", "::")
	}
	return models, decks, rows.Err()
}

// protoEach calls fn with every field of a protobuf message, in order: its
// number, its wire type, and its value (the bytes of a length-delimited
// field, the number of a varint). Fixed-size and group fields are skipped.
// It fails on the first malformed field.
func protoEach(b []byte, fn func(num protowire.Number, typ protowire.Type, bytes []byte, varint uint64)) error {
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return fmt.Errorf("protobuf: %w", protowire.ParseError(n))
		}
		b = b[n:]
		switch typ {
		case protowire.VarintType:
			v, n := protowire.ConsumeVarint(b)
			if n < 0 {
				return fmt.Errorf("protobuf: %w", protowire.ParseError(n))
			}
			fn(num, typ, nil, v)
			b = b[n:]
		case protowire.BytesType:
			v, n := protowire.ConsumeBytes(b)
			if n < 0 {
				return fmt.Errorf("protobuf: %w", protowire.ParseError(n))
			}
			fn(num, typ, v, 0)
			b = b[n:]
		default:
			n := protowire.ConsumeFieldValue(num, typ, b)
			if n < 0 {
				return fmt.Errorf("protobuf: %w", protowire.ParseError(n))
			}
			b = b[n:]
		}
	}
	return nil
}
