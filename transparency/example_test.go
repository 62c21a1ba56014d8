package transparency_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/transparency"
)

func Example() {
	purposes, err := transparency.Purposes(consent.DefaultTaxonomy(), nil, consent.PurposeSupport)
	if err != nil {
		fmt.Println(err)
		return
	}
	p := transparency.Pipeline{
		Controller: transparency.Controller{Name: "Acme Ltd", Contact: "privacy@acme.example"},
		Service:    "Acme support chat",
		Provider:   transparency.Provider{Name: "OpenAI"},
		Redaction:  []transparency.Redaction{{Type: "EMAIL_ADDRESS", Operator: "placeholder"}},
		Purposes:   purposes,
		Retention:  []transparency.Retention{{Kind: "transcript", Keep: 30 * 24 * time.Hour}},
	}
	if err := p.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	for _, line := range strings.Split(p.NoticeMarkdown(), "\n") {
		if strings.HasPrefix(line, "- **") {
			fmt.Println(line)
		}
	}
	// Output:
	// - **Email addresses**: replaced by a placeholder such as <EMAIL_ADDRESS_1> before your message leaves us, and put back in the reply you read. The AI provider never sees it.
	// - **Essential for Operations Support**: We need this to provide the service you asked for.
	// - **Conversation transcripts**: 30 days, then deleted.
}
