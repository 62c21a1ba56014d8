package transparency

import "strings"

// operatorWords says what an operator does, to the provider (for the
// record) and to the customer (for the notice), of one kind of data and of
// several.
type operatorWords struct{ provider, customer, customerMany string }

var operatorText = map[string]operatorWords{
	"placeholder": {"replaced by a numbered placeholder; never sent",
		"replaced by a placeholder such as <{{TYPE}}_1> before your message leaves us, and put back in the reply you read. The AI provider never sees it.",
		"replaced by placeholders such as <{{TYPE}}_1> before your message leaves us, and put back in the reply you read. The AI provider never sees them."},
	"surrogate": {"replaced by a realistic fake value; never sent",
		"replaced by a realistic but fake value before your message leaves us, and put back in the reply you read. The AI provider never sees it.",
		"replaced by realistic but fake values before your message leaves us, and put back in the reply you read. The AI provider never sees them."},
	"mask": {"masked except the last characters",
		"masked before your message leaves us: the AI provider sees only its last few characters.",
		"masked before your message leaves us: the AI provider sees only their last few characters."},
	"hash": {"replaced by a keyed fingerprint; never sent",
		"replaced by a keyed fingerprint that cannot be turned back into it. The AI provider never sees it.",
		"replaced by keyed fingerprints that cannot be turned back into them. The AI provider never sees them."},
	"encrypt": {"replaced by its encryption under our key; never sent in the clear",
		"encrypted under our key before your message leaves us. The AI provider never sees it in the clear.",
		"encrypted under our key before your message leaves us. The AI provider never sees them in the clear."},
	"remove": {"removed; never sent",
		"removed from your message before it leaves us. The AI provider never sees it.",
		"removed from your message before it leaves us. The AI provider never sees them."},
	"keep": {"SENT AS IS",
		"sent to the AI provider as you wrote it.",
		"sent to the AI provider as you wrote them."},
}

var basisText = map[string]string{
	"consent":              "We do this only with your consent, which you can withdraw at any time.",
	"contract":             "We need this to provide the service you asked for.",
	"legal_obligation":     "The law requires us to do this.",
	"vital_interests":      "We do this to protect someone's life.",
	"public_task":          "We do this in the public interest.",
	"legitimate_interests": "We do this in our legitimate interest; you can object at any time.",
}

// typeNames turns entity types into words for people.
var typeNames = map[string]string{
	"EMAIL_ADDRESS": "email addresses", "PHONE_NUMBER": "phone numbers", "CREDIT_CARD": "payment card numbers",
	"IBAN_CODE": "bank account numbers (IBAN)", "US_SSN": "US social security numbers", "IP_ADDRESS": "IP addresses",
	"PERSON": "names", "LOCATION": "places", "STREET_ADDRESS": "postal addresses", "DATE_OF_BIRTH": "dates of birth",
	"URL": "web addresses", "PASSWORD": "passwords", "API_KEY": "API keys and tokens", "CRYPTO": "crypto wallet addresses",
	"US_PASSPORT": "US passport numbers", "UK_NINO": "UK National Insurance numbers", "UK_NHS": "NHS numbers",
	"MAC_ADDRESS": "device hardware addresses", "ORGANIZATION": "organisation names", "AGE": "ages",
	"ZIP_CODE": "postal codes", "DATE_TIME": "dates and times",
	"AWS_ACCESS_KEY": "AWS access keys", "AWS_SECRET_KEY": "AWS secret keys", "GITHUB_TOKEN": "GitHub tokens",
	"GITLAB_TOKEN": "GitLab tokens", "SLACK_TOKEN": "Slack tokens", "STRIPE_KEY": "Stripe keys", "JWT": "web tokens (JWT)",
	"PRIVATE_KEY": "private keys", "OPENAI_KEY": "OpenAI keys", "ANTHROPIC_KEY": "Anthropic keys",
	"CARD_SECURITY_CODE": "card security codes (CVV)",
	"UK_SORT_CODE":       "UK bank sort codes", "CH_AHV": "Swiss social security (AHV) numbers",
	"BE_NATIONAL_ID": "Belgian national register numbers", "IE_PPSN": "Irish PPS numbers",
}

func typeName(t string) string {
	if n, ok := typeNames[t]; ok {
		return n
	}
	words := strings.ToLower(strings.ReplaceAll(t, "_", " "))
	switch {
	case strings.HasSuffix(words, " key"), strings.HasSuffix(words, " token"):
		return words + "s"
	}
	return words + " values"
}

func kindName(k string) string {
	switch k {
	case "transcript":
		return "conversation transcripts"
	case "vault":
		return "the placeholder mappings of a conversation"
	case "audit":
		return "audit records (which hold no message content)"
	case "consent":
		return "records of your consent choices"
	}
	return k + " records"
}

// TypeName returns an entity type in words for people, as the notice
// writes it: "email addresses" for EMAIL_ADDRESS.
func TypeName(entityType string) string { return typeName(entityType) }

// KindName returns a kind of record in words for people, as the notice
// writes it: "conversation transcripts" for transcript.
func KindName(kind string) string { return kindName(kind) }
