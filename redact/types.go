package redact

import "slices"

// Entity types reported by the built-in recognizers. The names follow
// Presidio where the kinds overlap, so findings can be compared with it.
const (
	TypeEmailAddress = "EMAIL_ADDRESS"
	TypePhoneNumber  = "PHONE_NUMBER"
	TypeCreditCard   = "CREDIT_CARD"
	TypeIBAN         = "IBAN_CODE"
	TypeUSSSN        = "US_SSN"
	TypeIPAddress    = "IP_ADDRESS"
	TypeMACAddress   = "MAC_ADDRESS"
	TypeURL          = "URL"
	TypeCrypto       = "CRYPTO"
	TypeDateTime     = "DATE_TIME"
	TypeDateOfBirth  = "DATE_OF_BIRTH"
	TypeIMEI         = "IMEI"
	TypeVIN          = "VIN"
	TypePassport     = "PASSPORT"

	TypeAWSAccessKey = "AWS_ACCESS_KEY"
	TypeAWSSecretKey = "AWS_SECRET_KEY"
	TypeGCPAPIKey    = "GCP_API_KEY"
	TypeAzureKey     = "AZURE_KEY"
	TypeGitHubToken  = "GITHUB_TOKEN"
	TypeGitLabToken  = "GITLAB_TOKEN"
	TypeSlackToken   = "SLACK_TOKEN"
	TypeStripeKey    = "STRIPE_KEY"
	TypeOpenAIKey    = "OPENAI_KEY"
	TypeAnthropicKey = "ANTHROPIC_KEY"
	TypeTwilioKey    = "TWILIO_KEY"
	TypeSendGridKey  = "SENDGRID_KEY"
	TypeJWT          = "JWT"
	TypePrivateKey   = "PRIVATE_KEY"
	TypePassword     = "PASSWORD"
	TypeAPIKey       = "API_KEY"
	// TypeUsername is an account's user name after its word ("username
	// jweiss84", "Benutzername: anna.schmidt"), not a name of Presidio's.
	TypeUsername = "USERNAME"
)

// builtinTypes lists every type the built-in recognizers report, in a fixed
// order; optInTypes are left out of the default set because they flag text
// that is rarely personal (any date at all).
var builtinTypes = []string{
	TypeEmailAddress, TypePhoneNumber, TypeCreditCard, TypeIBAN, TypeUSSSN,
	TypeIPAddress, TypeMACAddress, TypeURL, TypeCrypto, TypeDateTime,
	TypeDateOfBirth, TypeIMEI, TypeVIN, TypePassport,
	TypeAWSAccessKey, TypeAWSSecretKey, TypeGCPAPIKey, TypeAzureKey,
	TypeGitHubToken, TypeGitLabToken, TypeSlackToken, TypeStripeKey,
	TypeOpenAIKey, TypeAnthropicKey, TypeTwilioKey, TypeSendGridKey,
	TypeJWT, TypePrivateKey, TypePassword, TypeAPIKey, TypeUsername,
	TypeBankAccount, TypeMemberID, TypeKENationalID, TypeVehicleRegistration,
	TypeCustomerNumber, TypeLicenceNumber, TypeDriverLicense,
}

var optInTypes = map[string]bool{TypeDateTime: true, TypeTRPhoneNumber: true, TypePHMobileNumber: true, TypeDateOfDeath: true}

// OptInTypes returns, sorted, the built-in types a detector reports only
// when WithTypes names them: DATE_TIME (any date at all), the country
// phone types (TR_PHONE_NUMBER, PH_MOBILE_NUMBER), which take the place
// of PHONE_NUMBER for one country's numbers, and DATE_OF_DEATH, which
// health and probate work redacts and most support texts need not (the
// blind sets' writers labelled 28 and left 43 alone).
func OptInTypes() []string {
	out := make([]string, 0, len(optInTypes))
	for t := range optInTypes {
		out = append(out, t)
	}
	slices.Sort(out)
	return out
}
