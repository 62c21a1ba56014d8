package consent_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/consent"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGPC(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	f.grant(t, consent.PurposeMarketing, consent.PurposeThirdPartySharing, consent.PurposeAnalytics)

	who := func(r *http.Request) (consent.Choice, bool) {
		id := r.Header.Get("X-Customer")
		return consent.Choice{Tenant: tenant, Subject: id, Jurisdiction: "US-CA"}, id != ""
	}
	checks := 0
	app := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// The application checks purposes many times per request.
		for range 3 {
			for _, p := range []consent.Purpose{consent.PurposeMarketing, "marketing.advertising.third_party.targeted", consent.PurposeThirdPartySharing} {
				ok, err := f.ledger.Allowed(r.Context(), chat.Scope{Tenant: tenant, Subject: r.Header.Get("X-Customer")}, p)
				require.NoError(t, err)
				assert.False(t, ok, "purpose %s after GPC", p)
				checks++
			}
		}
	})
	h := consent.GPCHandler(f.ledger, who, app)
	serve := func(gpc, customer string) int {
		r := httptest.NewRequest(http.MethodGet, "/chat", nil)
		if gpc != "" {
			r.Header.Set("Sec-GPC", gpc)
		}
		if customer != "" {
			r.Header.Set("X-Customer", customer)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w.Code
	}
	optOuts := func() []consent.Event {
		evs, err := f.ledger.Events(ctx, tenant, subject)
		require.NoError(t, err)
		var out []consent.Event
		for _, ev := range evs {
			if ev.Kind == consent.EventOptOut {
				out = append(out, ev)
			}
		}
		return out
	}

	assert.Equal(t, http.StatusOK, serve("1", subject))
	got := optOuts()
	require.Len(t, got, 1, "one opt-out per request, not per purpose check")
	assert.Equal(t, 9, checks)
	assert.Equal(t, consent.SourceGPC, got[0].Source)
	assert.Equal(t, "US-CA", got[0].Jurisdiction)
	assert.Equal(t, []consent.Purpose{consent.PurposeMarketing, consent.PurposeThirdPartySharing}, got[0].Purposes)
	assert.True(t, f.allowed(t, consent.PurposeAnalytics), "GPC leaves other purposes alone")
	assert.True(t, f.allowed(t, "third_party_sharing.legal_obligation"), "GPC cannot opt out of a legal obligation")

	assert.Equal(t, http.StatusOK, serve("1", subject))
	assert.Len(t, optOuts(), 1, "already opted out: nothing new is recorded")

	ev, recorded, err := f.ledger.OptOut(ctx, consent.Choice{Tenant: tenant, Subject: subject})
	require.NoError(t, err)
	assert.False(t, recorded)
	assert.Equal(t, got[0].ID, ev.ID, "the opt-out already in force")

	f.grant(t, consent.PurposeMarketing)
	assert.True(t, f.allowed(t, consent.PurposeMarketing), "a later grant allows again")
	assert.Equal(t, http.StatusOK, serve("1", subject))
	assert.Len(t, optOuts(), 2, "the signal on a later request opts out again")
	assert.False(t, f.allowed(t, consent.PurposeMarketing))

	before := checks
	h = consent.GPCHandler(f.ledger, who, http.HandlerFunc(func(http.ResponseWriter, *http.Request) { checks++ }))
	assert.Equal(t, http.StatusOK, serve("", subject))
	assert.Equal(t, http.StatusOK, serve("0", subject))
	assert.Equal(t, http.StatusOK, serve("1", ""), "an anonymous request passes untouched")
	assert.Equal(t, before+3, checks)
	assert.Len(t, optOuts(), 2)
}

func TestGPCFailsClosed(t *testing.T) {
	fs := &failingStore{MemoryStore: consent.NewMemoryStore()}
	l, err := consent.NewLedger(fs, consent.Options{})
	require.NoError(t, err)
	fs.setDown(true)
	called := false
	h := consent.GPCHandler(l, func(*http.Request) (consent.Choice, bool) {
		return consent.Choice{Tenant: tenant, Subject: subject}, true
	}, http.HandlerFunc(func(http.ResponseWriter, *http.Request) { called = true }))
	r := httptest.NewRequest(http.MethodGet, "/", nil)
	r.Header.Set("Sec-GPC", "1")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	assert.Equal(t, http.StatusServiceUnavailable, w.Code)
	assert.False(t, called)
	assert.NotContains(t, w.Body.String(), subject)
}

func TestGPCOnOptOutHook(t *testing.T) {
	f := newFixture(t)
	who := func(r *http.Request) (consent.Choice, bool) {
		return consent.Choice{Tenant: tenant, Subject: subject, Jurisdiction: "US-CA"}, true
	}
	var hooked []consent.Event
	h := consent.GPCHandler(f.ledger, who, http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}),
		consent.OnOptOut(func(ctx context.Context, ev consent.Event) { hooked = append(hooked, ev) }))
	for range 3 {
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.Header.Set("Sec-GPC", "1")
		h.ServeHTTP(httptest.NewRecorder(), r)
	}
	require.Len(t, hooked, 1, "the hook sees the one opt-out recorded, not every signal")
	assert.Equal(t, consent.EventOptOut, hooked[0].Kind)
	assert.Equal(t, consent.SourceGPC, hooked[0].Source)
}
