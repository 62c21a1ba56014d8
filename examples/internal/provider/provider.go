// Package provider picks the model the examples talk to: a real provider
// through langchaingo when its environment variables are set, the offline
// scripted support model otherwise.
package provider

import (
	"fmt"
	"os"

	"github.com/confide-dev/confide/chat"
	lcg "github.com/confide-dev/confide/chat/langchaingo"
	"github.com/confide-dev/confide/chat/scripted"
	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/anthropic"
	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"
)

// Environment variables that select a provider, checked in this order.
const (
	EnvOpenAI    = "OPENAI_API_KEY"
	EnvAnthropic = "ANTHROPIC_API_KEY"
	EnvOllama    = "OLLAMA_HOST"
	// EnvModel names the provider's model; each provider has a default.
	EnvModel = "CONFIDE_MODEL"
)

// Choice is the model an example uses and a line that says which it is.
type Choice struct {
	Model chat.Model
	// Name says which provider and model, for the example to print.
	Name string
	// Offline is true for the scripted model.
	Offline bool
}

// FromEnv returns the provider the environment selects. getenv is
// os.Getenv in programs and a map lookup in tests.
func FromEnv(getenv func(string) string) (Choice, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	modelName := func(def string) string {
		if m := getenv(EnvModel); m != "" {
			return m
		}
		return def
	}
	var (
		llm  llms.Model
		err  error
		name string
	)
	switch {
	case getenv(EnvOpenAI) != "":
		m := modelName("gpt-4o-mini")
		llm, err = openai.New(openai.WithToken(getenv(EnvOpenAI)), openai.WithModel(m))
		name = "OpenAI (" + m + ") through langchaingo"
	case getenv(EnvAnthropic) != "":
		m := modelName("claude-3-5-haiku-latest")
		llm, err = anthropic.New(anthropic.WithToken(getenv(EnvAnthropic)), anthropic.WithModel(m))
		name = "Anthropic (" + m + ") through langchaingo"
	case getenv(EnvOllama) != "":
		m := modelName("llama3.2")
		llm, err = ollama.New(ollama.WithServerURL(getenv(EnvOllama)), ollama.WithModel(m))
		name = "Ollama (" + m + ") through langchaingo"
	default:
		return Choice{Model: scripted.Support(), Name: "the offline scripted model (set OPENAI_API_KEY, ANTHROPIC_API_KEY or OLLAMA_HOST to use a real one)", Offline: true}, nil
	}
	if err != nil {
		return Choice{}, fmt.Errorf("provider: %s: %w", name, err)
	}
	return Choice{Model: lcg.FromModel(llm), Name: name}, nil
}
