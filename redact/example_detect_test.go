package redact_test

import (
	"context"
	"fmt"

	"github.com/confide-dev/confide/redact"
)

func ExampleNewDetector() {
	d, err := redact.NewDetector()
	if err != nil {
		panic(err)
	}
	msg := "I'm at jane.doe@example.com, card 4111 1111 1111 1111, key AKIAIOSFODNN7EXAMPLE"
	findings, err := d.Detect(context.Background(), msg)
	if err != nil {
		panic(err)
	}
	for _, f := range findings {
		fmt.Println(f.Type, f.Start, f.End)
	}
	// Output:
	// EMAIL_ADDRESS 7 27
	// CREDIT_CARD 34 53
	// AWS_ACCESS_KEY 59 79
}

func ExampleWithRules() {
	employeeID := redact.Rule{
		Name:     "employee_id",
		Type:     "EMPLOYEE_ID",
		Pattern:  `\bEMP-(?P<v>\d{6})\b`,
		Keywords: []string{"employee"},
		Score:    0.9,
	}
	d, err := redact.NewDetector(redact.WithRules(employeeID), redact.WithTypes("EMPLOYEE_ID"))
	if err != nil {
		panic(err)
	}
	findings, _ := d.Detect(context.Background(), "employee EMP-123456 called")
	fmt.Println(findings[0].Type, findings[0].Start, findings[0].End)
	// Output: EMPLOYEE_ID 13 19
}

func ExampleWithAllowList() {
	d, _ := redact.NewDetector(redact.WithAllowList("support@example.com"))
	findings, _ := d.Detect(context.Background(), "write to support@example.com or me@example.org")
	for _, f := range findings {
		fmt.Println(f.Type, f.Start)
	}
	// Output: EMAIL_ADDRESS 32
}
