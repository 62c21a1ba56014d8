// The chat widget: plain JavaScript, no build step. Everything the
// customer or the model wrote is inserted with textContent, never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
let state = null;
let busy = false;

async function api(path, options = {}) {
  const resp = await fetch(path, { credentials: "same-origin", ...options });
  if (resp.status === 401) {
    // The session cookie is missing or expired: the page mints a new one.
    location.reload();
    throw new Error("session");
  }
  return resp;
}

async function errorMessage(resp) {
  try {
    const body = await resp.json();
    if (body && body.message) return body.message;
  } catch (_) { /* not JSON */ }
  return "Something went wrong (" + resp.status + "). Please try again.";
}

function showError(text) {
  const el = $("error");
  el.textContent = text || "";
  el.hidden = !text;
}

function addMessage(role, text) {
  const li = document.createElement("li");
  li.className = "msg " + role;
  const bubble = document.createElement("div");
  bubble.className = "bubble";
  bubble.textContent = text;
  li.appendChild(bubble);
  $("log").appendChild(li);
  li.scrollIntoView({ block: "end" });
  return li;
}

function render() {
  $("gpc").hidden = !state.gpc;
  const can = state.can_chat;
  $("input").disabled = !can || busy;
  $("submit").disabled = !can || busy;
  $("hint").textContent = can
    ? "Press Enter to send, Shift+Enter for a new line."
    : "To chat, allow the AI assistant under Privacy choices.";
}

function openBanner() {
  $("notice-text").textContent = state.notice.text;
  $("notice-version").textContent = state.notice.version;
  const box = $("purposes");
  box.replaceChildren();
  for (const p of state.purposes) {
    const label = document.createElement("label");
    label.className = "purpose";
    const cb = document.createElement("input");
    cb.type = "checkbox";
    cb.name = p.key;
    cb.checked = p.granted;
    const text = document.createElement("span");
    const name = document.createElement("strong");
    name.textContent = p.name + (p.required ? " (needed to chat)" : " (optional)");
    const desc = document.createElement("small");
    desc.textContent = p.description;
    text.append(name, desc);
    label.append(cb, text);
    box.appendChild(label);
  }
  $("banner").hidden = false;
}

async function saveChoices(all) {
  const choices = {};
  for (const cb of $("purposes").querySelectorAll("input[type=checkbox]")) {
    choices[cb.name] = all === undefined ? cb.checked : all;
  }
  const { text, ...ref } = state.notice;
  const resp = await api("/api/consent", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ notice: ref, choices }),
  });
  if (!resp.ok) {
    showError(await errorMessage(resp));
    return;
  }
  state = await resp.json();
  $("banner").hidden = true;
  showError("");
  render();
  if (!state.can_chat) return;
  $("input").focus();
}

// readEvents parses a server-sent event stream from a fetch response and
// calls onEvent(name, data) for each event.
async function readEvents(resp, onEvent) {
  const reader = resp.body.getReader();
  const decoder = new TextDecoder();
  let buf = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += decoder.decode(value, { stream: true });
    let i;
    while ((i = buf.indexOf("\n\n")) >= 0) {
      const block = buf.slice(0, i);
      buf = buf.slice(i + 2);
      let name = "message", data = "";
      for (const line of block.split("\n")) {
        if (line.startsWith("event: ")) name = line.slice(7);
        else if (line.startsWith("data: ")) data += line.slice(6);
      }
      onEvent(name, data ? JSON.parse(data) : null);
    }
  }
}

async function send(text) {
  busy = true;
  render();
  showError("");
  addMessage("user", text);
  let reply = null;
  try {
    const resp = await api("/api/chat", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ message: text }),
    });
    if (!resp.ok) {
      const msg = await errorMessage(resp);
      $("log").lastChild.classList.add("failed");
      showError(msg);
      if (resp.status === 403) openBanner();
      return false;
    }
    reply = addMessage("assistant", "");
    reply.classList.add("streaming");
    const bubble = reply.firstChild;
    let finished = false;
    await readEvents(resp, (name, data) => {
      if (name === "delta") {
        bubble.textContent += data.text;
        reply.scrollIntoView({ block: "end" });
      } else if (name === "done") {
        finished = true;
      } else if (name === "error") {
        showError(data.message);
      }
    });
    reply.classList.remove("streaming");
    reply.classList.add(finished ? "done" : "failed");
    return finished;
  } catch (e) {
    if (e.message !== "session") showError("The connection was lost. Please try again.");
    if (reply) reply.classList.add("failed");
    return false;
  } finally {
    busy = false;
    render();
  }
}

function tooLong(text) {
  return new TextEncoder().encode(text).length > state.max_message_bytes;
}

async function init() {
  const resp = await api("/api/session");
  if (!resp.ok) {
    showError(await errorMessage(resp));
    return;
  }
  state = await resp.json();
  render();
  if (!state.decided) openBanner();

  const hist = await api("/api/history");
  if (hist.ok) {
    for (const m of (await hist.json()).messages) addMessage(m.role, m.text).classList.add("done");
  }

  $("choices").addEventListener("click", openBanner);
  $("accept-all").addEventListener("click", () => saveChoices(true));
  $("decline").addEventListener("click", () => saveChoices(false));
  $("consent-form").addEventListener("submit", (e) => { e.preventDefault(); saveChoices(); });

  const input = $("input");
  input.addEventListener("input", () => {
    showError(tooLong(input.value) ? "That message is too long. Please shorten it." : "");
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey) {
      e.preventDefault();
      $("send").requestSubmit();
    }
  });
  $("send").addEventListener("submit", async (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text || busy) return;
    input.value = "";
    await send(text);
    input.focus();
  });

  $("forget").addEventListener("click", async () => {
    if (!confirm("Erase your conversation, your key and your consent history now? This cannot be undone.")) return;
    const resp = await api("/api/forget", { method: "POST" });
    if (!resp.ok) {
      showError(await errorMessage(resp));
      return;
    }
    location.reload();
  });
}

init().catch((e) => { if (e.message !== "session") showError("The page could not load. Please reload it."); });
