package minimize_test

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/scripted"
	"github.com/confide-dev/confide/minimize"
)

// Account is a customer record as a CRM might hold it, with the purposes
// that may see each field.
type Account struct {
	FirstName string    `json:"first_name" minimize:"support=keep; marketing=generalize(truncate:1)"`
	Plan      string    `json:"plan" minimize:"*=keep"`
	Email     string    `json:"email" minimize:"support=redact(email); analytics=generalize(email_domain)"`
	Age       int       `json:"age" minimize:"analytics=generalize(age_band)"`
	ZIP       string    `json:"zip" minimize:"support,analytics=generalize(zip3)"`
	Birthday  time.Time `json:"birthday"` // untagged: no purpose sees it
	Address   string    `json:"address"`  // untagged: no purpose sees it
}

var account = Account{
	FirstName: "Ana",
	Plan:      "pro",
	Email:     "ana@example.com",
	Age:       93,
	ZIP:       "05901",
	Birthday:  time.Date(1932, 2, 1, 0, 0, 0, 0, time.UTC),
	Address:   "12 Elm Street",
}

func ExampleView() {
	for _, purpose := range []string{"support", "analytics", "marketing.email"} {
		v, err := minimize.View(account, purpose)
		if err != nil {
			fmt.Println(err)
			return
		}
		b, _ := json.Marshal(v)
		fmt.Printf("%s: %s\n", purpose, b)
	}
	// Output:
	// support: {"email":"[EMAIL]","first_name":"Ana","plan":"pro","zip":"000"}
	// analytics: {"age":"90+","email":"example.com","plan":"pro","zip":"000"}
	// marketing.email: {"first_name":"A","plan":"pro"}
}

func ExampleApply() {
	a, err := minimize.Apply(account, "support")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%q %q %q %q %v\n", a.FirstName, a.Email, a.ZIP, a.Address, a.Birthday.IsZero())
	// Output: "Ana" "[EMAIL]" "000" "" true
}

func ExampleProfile() {
	model := scripted.New(scripted.Rule{Reply: "You are on the pro plan."})
	load := func(ctx context.Context, s chat.Scope) (any, error) {
		return account, nil // look up s.Subject in your CRM
	}
	conv, _ := chat.NewConversation(model, chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c-1"},
		chat.WithSystemPrompt("You are a support agent."),
		chat.WithMiddleware(minimize.Profile(load, "support", minimize.AsLines())))
	if _, err := conv.Send(context.Background(), "Which plan am I on?"); err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range model.Requests()[0].Messages {
		fmt.Printf("[%s] %s\n", m.Role, m.Text())
	}
	// Output:
	// [system] You are a support agent.
	// [system] Customer profile (only the fields this conversation may use; the rest is withheld):
	// email: [EMAIL]
	// first_name: Ana
	// plan: pro
	// zip: 000
	// [user] Which plan am I on?
}

func ExampleHistory() {
	model := scripted.New(scripted.Rule{Reply: "ok"})
	conv, _ := chat.NewConversation(model, chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c-1"},
		chat.WithSystemPrompt("You are a support agent."),
		chat.WithMiddleware(minimize.History(minimize.HistoryOptions{Turns: 1, MaxTokens: 2000, ToolResultTurns: 1})))
	for _, q := range []string{"first", "second", "third"} {
		if _, err := conv.Send(context.Background(), q); err != nil {
			fmt.Println(err)
			return
		}
	}
	reqs := model.Requests()
	for _, m := range reqs[len(reqs)-1].Messages {
		fmt.Printf("[%s] %s\n", m.Role, m.Text())
	}
	// Output:
	// [system] You are a support agent.
	// [user] second
	// [assistant] ok
	// [user] third
}

func ExampleZIP3() {
	for _, zip := range []string{"02139-4307", "05901", "94103"} {
		z, _ := minimize.ZIP3(zip)
		fmt.Println(zip, "->", z)
	}
	// Output:
	// 02139-4307 -> 021
	// 05901 -> 000
	// 94103 -> 941
}

func ExampleAgeBand() {
	for _, age := range []int{17, 30, 89, 90, 104} {
		b, _ := minimize.AgeBand(age)
		fmt.Println(age, "->", b)
	}
	// Output:
	// 17 -> 0-17
	// 30 -> 25-34
	// 89 -> 85-89
	// 90 -> 90+
	// 104 -> 90+
}

func ExampleDateShifter() {
	// In production the key is a Tink PRF keyset (prf.NewPRFSet) or a
	// secret from your key manager, never a constant.
	key, _ := minimize.HMACPRF([]byte("an example key of at least 32 bytes"))
	shifter, _ := minimize.NewDateShifter(key, 30)
	m, _ := minimize.New(minimize.WithDateShift(shifter))

	type Visit struct {
		Admitted   time.Time `minimize:"research=generalize(date_shift)"`
		Discharged time.Time `minimize:"research=generalize(date_shift)"`
	}
	v := Visit{Admitted: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), Discharged: time.Date(2024, 3, 8, 0, 0, 0, 0, time.UTC)}
	out, _ := minimize.ApplyWith(m, v, "research", minimize.ForSubject("patient-17"))
	days, _ := shifter.Days("patient-17")
	fmt.Println("stay:", out.Discharged.Sub(out.Admitted))
	fmt.Println("moved:", !out.Admitted.Equal(v.Admitted), "within 30 days:", days >= -30 && days <= 30)
	// Output:
	// stay: 168h0m0s
	// moved: true within 30 days: true
}

func ExamplePurge() {
	store := &minimize.MemoryPurger{}
	now := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	store.Add("transcript", "t1", now.AddDate(0, 0, -45))
	store.Add("transcript", "t2", now.AddDate(0, 0, -3))
	store.Add("vault", "v1", now.AddDate(0, 0, -10))

	policies := []minimize.Retention{
		{Kind: "transcript", Purpose: "support", Keep: 30 * 24 * time.Hour},
		{Kind: "vault", Purpose: "support", Keep: 7 * 24 * time.Hour},
	}
	report, err := minimize.Purge(context.Background(), policies,
		map[string]minimize.Purger{"transcript": store, "vault": store}, now, false)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(report)
	fmt.Println("left:", store.IDs("transcript"), store.IDs("vault"))
	// Output:
	// KIND        KEEP  BEFORE                PURGED  PURPOSES
	// transcript  30d   2025-05-02T00:00:00Z  1       support
	// vault       7d    2025-05-25T00:00:00Z  1       support
	// total                                   2
	// left: [t2] []
}
