package handlers

import (
	"crypto/rand"
	"encoding/base32"
	"net/http"
	"strconv"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/views"
)

var roles = map[string]bool{quiz.RoleLearner: true, quiz.RoleInstructor: true, quiz.RoleAdmin: true}

func (h *Handler) accountsVM(r *http.Request) (views.AccountsVM, error) {
	vm := views.AccountsVM{Page: h.page(r, "Accounts"), Role: quiz.RoleInstructor, Errors: map[string]string{}}
	accts, err := h.db.ListAccounts(r.Context())
	if err != nil {
		return vm, err
	}
	me := userFrom(r.Context())
	for _, a := range accts {
		vm.Accounts = append(vm.Accounts, views.AccountRowVM{ID: a.ID, Email: a.Email, Role: a.Role,
			Created: a.CreatedAt.Format("2 Jan 2006"), Self: a.ID == me.ID})
	}
	return vm, nil
}

// showAccounts lists the accounts for an admin, saying whose role was just
// changed (?changed=id, after a role change).
func (h *Handler) showAccounts(w http.ResponseWriter, r *http.Request) {
	vm, err := h.accountsVM(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if id, err := strconv.ParseInt(r.URL.Query().Get("changed"), 10, 64); err == nil {
		for _, a := range vm.Accounts {
			if a.ID == id {
				vm.Page.Flash = a.Email + " is now " + withArticle(a.Role) +
					". They were signed out, so the new role applies when they sign in again."
			}
		}
	}
	h.render(w, r, http.StatusOK, views.AccountsPage(vm))
}

// withArticle returns "a learner", "an instructor" or "an admin".
func withArticle(role string) string {
	if role == quiz.RoleLearner {
		return "a " + role
	}
	return "an " + role
}

// inviteAccount creates an account with a one-time password that the admin
// passes on; only its hash is stored.
func (h *Handler) inviteAccount(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	vm, err := h.accountsVM(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	vm.Email, vm.Role = strings.TrimSpace(r.PostForm.Get("email")), r.PostForm.Get("role")
	if msg := checkEmail(vm.Email); msg != "" {
		vm.Errors["email"] = msg
	}
	if !roles[vm.Role] {
		vm.Errors["role"] = "Choose learner, instructor or admin."
	}
	if len(vm.Errors) > 0 {
		h.render(w, r, http.StatusUnprocessableEntity, views.AccountsPage(vm))
		return
	}
	b := make([]byte, 10)
	if _, err := rand.Read(b); err != nil {
		h.fail(w, r, err)
		return
	}
	password := strings.ToLower(base32.StdEncoding.EncodeToString(b))
	hash, err := h.hashes.Hash(r.Context(), password)
	if err != nil {
		if !h.hashBusy(w, r, err) {
			h.fail(w, r, err)
		}
		return
	}
	if _, err := h.db.CreateUser(r.Context(), vm.Email, hash, vm.Role); err != nil {
		if quiz.KindOf(err) == quiz.EConflict {
			vm.Errors["email"] = "An account with this email exists already."
			h.render(w, r, http.StatusUnprocessableEntity, views.AccountsPage(vm))
			return
		}
		h.fail(w, r, err)
		return
	}
	h.log.Info("account invited", "by", userFrom(r.Context()).ID, "role", vm.Role)
	fresh, err := h.accountsVM(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	fresh.InvitedEmail, fresh.TempPassword = vm.Email, password
	h.render(w, r, http.StatusOK, views.AccountsPage(fresh))
}

// changeRole gives an account another role, signing it out everywhere. An
// admin cannot change their own role, and the last admin stays one.
func (h *Handler) changeRole(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	me := userFrom(r.Context())
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	role := r.PostForm.Get("role")
	if err != nil || !roles[role] {
		h.fail(w, r, quiz.Errorf(quiz.EInvalid, "Choose learner, instructor or admin."))
		return
	}
	if id == me.ID {
		h.refuseRole(w, r, "You cannot change your own role: ask another admin.")
		return
	}
	if err := h.db.ChangeRole(r.Context(), id, role); err != nil {
		if quiz.KindOf(err) == quiz.EConflict {
			h.refuseRole(w, r, quiz.MessageOf(err))
			return
		}
		h.fail(w, r, err)
		return
	}
	h.log.Info("role changed", "user_id", id, "role", role, "by", me.ID)
	http.Redirect(w, r, "/admin/users?changed="+strconv.FormatInt(id, 10), http.StatusSeeOther)
}

// refuseRole shows the accounts again with why a role change was refused.
func (h *Handler) refuseRole(w http.ResponseWriter, r *http.Request, msg string) {
	vm, err := h.accountsVM(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	vm.Notice = msg
	h.render(w, r, http.StatusConflict, views.AccountsPage(vm))
}
