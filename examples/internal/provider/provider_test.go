package provider

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFromEnv(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		want    string
		offline bool
	}{
		{"nothing set", nil, "offline scripted model", true},
		{"openai", map[string]string{EnvOpenAI: "test-key"}, "OpenAI (gpt-4o-mini)", false},
		{"openai first", map[string]string{EnvOpenAI: "k", EnvAnthropic: "k"}, "OpenAI", false},
		{"anthropic", map[string]string{EnvAnthropic: "test-key", EnvModel: "claude-x"}, "Anthropic (claude-x)", false},
		{"ollama", map[string]string{EnvOllama: "http://127.0.0.1:11434"}, "Ollama (llama3.2)", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := FromEnv(func(k string) string { return tt.env[k] })
			require.NoError(t, err)
			require.NotNil(t, c.Model)
			assert.Contains(t, c.Name, tt.want)
			assert.Equal(t, tt.offline, c.Offline)
			for _, v := range tt.env {
				if v != "" && v != "claude-x" && v != "http://127.0.0.1:11434" {
					assert.NotContains(t, c.Name, v, "the key is never printed")
				}
			}
		})
	}
}
