package auth_test

import (
	"strings"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/auth"
)

func TestHashAndVerify(t *testing.T) {
	h, err := auth.Hash("correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Fatalf("hash %q lacks the argon2id parameters", h)
	}
	if err := auth.Verify(h, "correct horse battery"); err != nil {
		t.Fatalf("right password: %v", err)
	}
	if err := auth.Verify(h, "correct horse batterY"); err != auth.ErrMismatch {
		t.Fatalf("wrong password: %v", err)
	}
	h2, _ := auth.Hash("correct horse battery")
	if h2 == h {
		t.Fatal("two hashes of one password are equal: no salt")
	}
	for _, bad := range []string{"", "$argon2i$v=19$m=1,t=1,p=1$AA$AA", "$argon2id$v=19$m=99999999,t=2,p=1$AA$AA", "$argon2id$v=19$m=19456,t=2,p=1$!!$AA"} {
		if err := auth.Verify(bad, "x"); err == nil || err == auth.ErrMismatch {
			t.Errorf("malformed hash %q: %v", bad, err)
		}
	}
}

func TestCheckPolicy(t *testing.T) {
	cases := map[string]bool{
		"short":                   false,
		"password":                false,
		"Password123":             false,
		"12345678":                false,
		"me@example.org":          false,
		"a reasonable passphrase": true,
		"Tr0ub4dor&3":             true,
		strings.Repeat("x", 300):  false,
	}
	for pw, ok := range cases {
		if msg := auth.CheckPolicy(pw, "me@example.org"); (msg == "") != ok {
			t.Errorf("CheckPolicy(%.20q) = %q, want ok=%v", pw, msg, ok)
		}
	}
}

func TestThrottle(t *testing.T) {
	th := auth.NewThrottle(3, time.Minute)
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 3; i++ {
		if ok, _ := th.Allowed("a", now); !ok {
			t.Fatalf("attempt %d refused", i)
		}
		th.Fail("a", now.Add(time.Duration(i)*time.Second))
	}
	ok, wait := th.Allowed("a", now.Add(3*time.Second))
	if ok || wait != 57*time.Second {
		t.Fatalf("fourth attempt: ok=%v wait=%v, want refused for 57s", ok, wait)
	}
	if ok, _ := th.Allowed("b", now); !ok {
		t.Fatal("another key is throttled")
	}
	if ok, _ := th.Allowed("a", now.Add(61*time.Second)); !ok {
		t.Fatal("still throttled after the window")
	}
	th.Fail("c", now)
	th.Reset("c")
	if ok, _ := th.Allowed("c", now); !ok {
		t.Fatal("Reset did not clear")
	}
}
