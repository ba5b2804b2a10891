// Package auth holds Lectern's account rules: password hashing with
// argon2id, the password policy, and throttling of failed logins. It is
// pure: no HTTP, no SQL, time passed in.
package auth

import (
	"crypto/rand"
	"crypto/subtle"
	_ "embed"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/crypto/argon2"
)

// Argon2id parameters: OWASP's minimum recommendation (19 MiB, 2
// iterations, 1 lane), about 30 ms on the project's machines.
const (
	argonMemory  = 19 * 1024
	argonTime    = 2
	argonThreads = 1
	argonKeyLen  = 32
	saltLen      = 16
)

// MinPasswordLength is the shortest password accepted.
const MinPasswordLength = 8

// maxPasswordLength bounds the work a login can ask of the server.
const maxPasswordLength = 256

//go:embed common-passwords.txt
var commonList string

var common = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(commonList, "\n") {
		if s := strings.TrimSpace(line); s != "" && !strings.HasPrefix(s, "#") {
			m[strings.ToLower(s)] = true
		}
	}
	return m
}()

// ErrMismatch means a password does not match its hash.
var ErrMismatch = errors.New("auth: password does not match")

// CheckPolicy returns a message for the user when a new password is not
// acceptable, or "".
func CheckPolicy(password, email string) string {
	n := utf8.RuneCountInString(password)
	switch {
	case n < MinPasswordLength:
		return fmt.Sprintf("Use at least %d characters.", MinPasswordLength)
	case len(password) > maxPasswordLength:
		return fmt.Sprintf("Use at most %d characters.", maxPasswordLength)
	case common[strings.ToLower(password)]:
		return "This password is one of the most common ones, and would be guessed first. Choose another."
	case email != "" && strings.EqualFold(password, email):
		return "Do not use your email address as your password."
	}
	return ""
}

// Hash returns the argon2id hash of a password in the PHC string format:
// $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH.
func Hash(password string) (string, error) {
	if len(password) > maxPasswordLength {
		return "", errors.New("auth: password too long")
	}
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(password), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime, argonThreads,
		b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// Verify checks a password against a hash made by Hash (with whatever
// parameters it records), in constant time. It returns nil on a match,
// ErrMismatch on a wrong password, and another error for a malformed hash.
func Verify(hash, password string) error {
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return errors.New("auth: not an argon2id hash")
	}
	var version int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return errors.New("auth: unsupported argon2 version")
	}
	var mem, t uint32
	var p uint8
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &mem, &t, &p); err != nil || mem == 0 || t == 0 || p == 0 || mem > 1<<21 || t > 20 {
		return errors.New("auth: bad argon2 parameters")
	}
	b64 := base64.RawStdEncoding
	salt, err := b64.DecodeString(parts[4])
	if err != nil {
		return errors.New("auth: bad salt")
	}
	want, err := b64.DecodeString(parts[5])
	if err != nil || len(want) == 0 || len(want) > 128 {
		return errors.New("auth: bad key")
	}
	if len(password) > maxPasswordLength {
		return ErrMismatch
	}
	got := argon2.IDKey([]byte(password), salt, t, mem, p, uint32(len(want)))
	if subtle.ConstantTimeCompare(got, want) != 1 {
		return ErrMismatch
	}
	return nil
}

// dummyHash is verified against when an email is unknown, so that a login
// takes as long whether the account exists or not.
var dummyHash, _ = Hash("lectern-no-such-account")

// VerifyNothing spends the time a Verify would, for an unknown account.
func VerifyNothing(password string) {
	_ = Verify(dummyHash, password)
}
