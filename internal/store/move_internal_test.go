package store

import (
	"context"
	"crypto/sha256"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/lectern/lectern/internal/pgtest"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/quiztest"
)

// A copy that reads back differently from the file is refused, naming the
// table, and leaves the target as empty as it was: a second move into it
// succeeds, and its sequences number past the copied ids.
func TestMoveMismatchKeepsNothing(t *testing.T) {
	sqliteOnly(t) // one run: it uses both databases
	pgtest.Require(t)
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "school.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ImportCourse(ctx, quiztest.Course(), 0); err != nil {
		t.Fatal(err)
	}
	uid, err := db.CreateUser(ctx, "learner@school.example", "hash", "learner")
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SaveSession(ctx, quiz.SessionRecord{TokenHash: "abc", UserID: uid, Data: []byte{0, 1, 2, 255}, ExpiresAt: time.Now().Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	target := pgtest.NewDatabase(t)

	// Something alters a row on its way: the verification catches it.
	moveBeforeVerify = func(ctx context.Context, tx pgx.Tx) error {
		_, err := tx.Exec(ctx, "UPDATE users SET display_name = 'changed'")
		return err
	}
	checks, err := MoveToPostgres(ctx, path, target)
	moveBeforeVerify = nil
	if !errors.Is(err, ErrMoveMismatch) || !strings.Contains(err.Error(), "users") {
		t.Fatalf("err = %v, want a mismatch naming users", err)
	}
	for _, c := range checks {
		if c.OK() == (c.Table == "users") {
			t.Errorf("%s: OK() = %v (rows %d/%d, sums %s/%s)", c.Table, c.OK(), c.SourceRows, c.TargetRows, c.SourceSum, c.TargetSum)
		}
	}
	conn, err := pgx.Connect(ctx, target)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	for _, table := range []string{"users", "courses", "questions", "sessions"} {
		var n int
		if err := conn.QueryRow(ctx, "SELECT COUNT(*) FROM "+table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Errorf("%s holds %d rows after the refused copy, want 0", table, n)
		}
	}

	// The same target takes the copy once nothing alters it.
	checks, err = MoveToPostgres(ctx, path, target)
	if err != nil {
		t.Fatalf("second move: %v", err)
	}
	for _, c := range checks {
		if !c.OK() {
			t.Errorf("%s differs: %+v", c.Table, c)
		}
	}
	var data []byte
	if err := conn.QueryRow(ctx, "SELECT data FROM sessions WHERE token_hash = 'abc'").Scan(&data); err != nil || string(data) != "\x00\x01\x02\xff" {
		t.Errorf("the session's bytes: %q, %v", data, err)
	}
	pg, err := Open(ctx, target)
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	next, err := pg.CreateUser(ctx, "second@school.example", "hash", "learner")
	if err != nil || next <= uid {
		t.Errorf("a new user on PostgreSQL: id %d, %v; want one past %d", next, err, uid)
	}
}

// The checksum writes each value as text: an integer and the same whole
// float agree, as do text and its bytes; NULL is not empty text, and the
// values' boundaries count.
func TestMoveHashValue(t *testing.T) {
	sum := func(vs ...any) string {
		h := sha256.New()
		for _, v := range vs {
			if err := hashValue(h, v); err != nil {
				t.Fatal(err)
			}
		}
		return string(h.Sum(nil))
	}
	for _, same := range [][2][]any{
		{{int64(3)}, {float64(3)}},
		{{"abc"}, {[]byte("abc")}},
		{{true, false}, {int64(1), int64(0)}},
		{{0.1}, {0.1}},
	} {
		if sum(same[0]...) != sum(same[1]...) {
			t.Errorf("%v and %v hash differently", same[0], same[1])
		}
	}
	for _, differ := range [][2][]any{
		{{nil}, {""}},
		{{"ab", "c"}, {"a", "bc"}},
		{{float64(0.1)}, {float64(0.10000000000000002)}},
		{{"a"}, {"A"}},
	} {
		if sum(differ[0]...) == sum(differ[1]...) {
			t.Errorf("%v and %v hash alike", differ[0], differ[1])
		}
	}
	if err := hashValue(sha256.New(), time.Now()); err == nil {
		t.Error("a time hashed: the copy must compare only what both databases store")
	}
}

// A value is converted to its PostgreSQL column's type only when nothing
// of it is lost.
func TestMoveToPG(t *testing.T) {
	for _, tc := range []struct {
		v    any
		typ  string
		want any
	}{
		{int64(5), "bigint", int64(5)},
		{float64(5), "bigint", int64(5)},
		{"12", "bigint", int64(12)},
		{int64(2), "double precision", float64(2)},
		{[]byte("text"), "text", "text"},
		{"raw", "bytea", []byte("raw")},
		{nil, "bigint", nil},
	} {
		got, err := toPG(tc.v, tc.typ)
		if err != nil || !equalValue(got, tc.want) {
			t.Errorf("toPG(%#v, %s) = %#v, %v; want %#v", tc.v, tc.typ, got, err, tc.want)
		}
	}
	for _, tc := range []struct {
		v   any
		typ string
	}{
		{2.5, "bigint"},
		{"twelve", "bigint"},
		{[]byte{0xff, 0xfe}, "text"},
		{"nul\x00inside", "text"},
		{"x", "double precision"},
	} {
		if got, err := toPG(tc.v, tc.typ); err == nil {
			t.Errorf("toPG(%#v, %s) = %#v, want an error", tc.v, tc.typ, got)
		}
	}
}

func equalValue(a, b any) bool {
	if x, ok := a.([]byte); ok {
		y, ok := b.([]byte)
		return ok && string(x) == string(y)
	}
	return a == b
}

// Tables come after those their foreign keys name, where no cycle stops
// it; a table naming itself, or a cycle, still gives every table once.
func TestMoveDependencyOrder(t *testing.T) {
	tables := []moveTable{
		{name: "answers", parents: []string{"attempts", "users"}},
		{name: "attempts", parents: []string{"attempts", "users"}},
		{name: "question_sets", parents: []string{"themes"}},
		{name: "themes", parents: []string{"question_sets", "courses"}},
		{name: "courses", parents: []string{"users"}},
		{name: "users"},
	}
	var got []string
	for _, tb := range dependencyOrder(tables) {
		got = append(got, tb.name)
	}
	pos := func(n string) int { return slices.Index(got, n) }
	if len(got) != len(tables) {
		t.Fatalf("order %v", got)
	}
	for _, e := range [][2]string{{"users", "attempts"}, {"attempts", "answers"}, {"users", "courses"}, {"courses", "themes"}, {"courses", "question_sets"}} {
		if pos(e[0]) > pos(e[1]) {
			t.Errorf("%s after %s in %v", e[0], e[1], got)
		}
	}
}
