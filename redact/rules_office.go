package redact

import "strings"

// What an office's IT helpdesk and a shop's integrations hand out in
// chat: a BitLocker drive's recovery key, Mailchimp's API key (a Windows account with its domain is the scanner's, see
// domainUser). A desk phone's extension alone was tried and left out:
// the project's tests hold "Zentrale ..., Durchwahl 2725" as one number.

var officeRules = []Rule{
	{
		// BitLocker's recovery key: eight groups of six digits, each a
		// multiple of 11 below 720,896 (the key's 16 bits a group, times
		// 11), so that a mistyped group is caught. No other number has
		// the shape; it unlocks the drive it belongs to.
		Name:     "bitlocker_recovery_key",
		Type:     TypePassword,
		Pattern:  numStart + `(?P<v>\d{6}(?:-\d{6}){7})\b`,
		Score:    0.9,
		Validate: validBitLockerKey,
		Examples: []Example{
			{Text: "Here's the recovery key:\n493240-310409-179927-443025-617826-415668-338932-493075\nUse the number keys", Want: "493240-310409-179927-443025-617826-415668-338932-493075"},
			{Text: "Klucz odzyskiwania: 543433-084007-081719-508574-701624-197692-073403-653653", Want: "543433-084007-081719-508574-701624-197692-073403-653653"},
			{Text: "key 493241-310409-179927-443025-617826-415668-338932-493075", Want: ""},
			{Text: "key 999999-310409-179927-443025-617826-415668-338932-493075", Want: ""},
		},
	},
	{
		// Mailchimp's API key: 32 hexadecimal digits and the data
		// centre after a hyphen ("...-us21"), near the service's name.
		Name:           "mailchimp_api_key",
		Type:           TypeAPIKey,
		Pattern:        `\b(?P<v>[0-9a-f]{32}-us\d{1,2})\b`,
		Score:          0.8,
		Keywords:       []string{"mailchimp", "mandrill", "mailchimp api", "mailchimp key"},
		Context:        []string{"mailchimp", "mandrill", "mailchimp api", "mailchimp key"},
		RequireContext: true,
		Examples: []Example{
			{Text: "Mailchimp fbd78d84c2cfff854acced15dc661949-us21, SendGrid ...", Want: "fbd78d84c2cfff854acced15dc661949-us21"},
			{Text: "MAILCHIMP_API_KEY=0d4c3b2a19f8e7d6c5b4a39281706f5e-us6", Want: "0d4c3b2a19f8e7d6c5b4a39281706f5e-us6"},
			{Text: "build fbd78d84c2cfff854acced15dc661949-us21 passed", Want: ""},
		},
	},
}

// validBitLockerKey checks a BitLocker recovery key: each of its eight
// groups of six digits a multiple of 11 below 720,896.
func validBitLockerKey(m string) bool {
	for _, g := range strings.Split(m, "-") {
		v := num(g)
		if len(g) != 6 || v%11 != 0 || v >= 720896 {
			return false
		}
	}
	return true
}

func init() {
	register(officeRules...)
}
