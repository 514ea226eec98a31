// The search page: reads the question and filters from the address (so the back button and
// shared links work), asks /v1/search, and draws the answers. Record text is inserted with
// textContent only; the snippet alone is HTML, which the server escaped and marked with <mark>.
"use strict";

const PAGE_SIZE = 10;
const $ = (id) => document.getElementById(id);

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

// The search as the address holds it: ?q=...&offset=...&filter=source:GARD
function stateFromUrl() {
  const params = new URLSearchParams(location.search);
  return {
    q: params.get("q") || "",
    offset: Math.max(0, parseInt(params.get("offset") || "0", 10) || 0),
    filters: params.getAll("filter"),
    asWritten: params.get("spelling") === "false",
  };
}

function urlOf(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (state.offset) params.set("offset", String(state.offset));
  for (const filter of state.filters) params.append("filter", filter);
  if (state.asWritten) params.set("spelling", "false");
  const query = params.toString();
  return query ? "/?" + query : "/";
}

function go(state) {
  history.pushState(null, "", urlOf(state));
  run(state);
}

let current = stateFromUrl();
let pending = null;

async function run(state) {
  current = state;
  $("q").value = state.q;
  if (!state.q.trim()) {
    clear();
    return;
  }
  if (pending) pending.abort();
  pending = new AbortController();
  document.querySelector("main").setAttribute("aria-busy", "true");
  setStatus("Searching…");
  const params = new URLSearchParams({ q: state.q, n: String(PAGE_SIZE), offset: String(state.offset), related: "3" });
  for (const filter of state.filters) params.append("filter", filter);
  if (state.asWritten) params.set("spelling", "false");
  try {
    const response = await fetch("/v1/search?" + params, { signal: pending.signal });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const message = body && body.error ? body.error.message : "the server answered " + response.status;
      throw new Error(message.charAt(0).toUpperCase() + message.slice(1) + ".");
    }
    draw(state, body);
  } catch (error) {
    if (error.name === "AbortError") return;
    clear();
    setStatus(error.message === "Failed to fetch"
      ? "The search service cannot be reached. Check that qadex serve is running, then try again."
      : error.message, true);
  } finally {
    document.querySelector("main").removeAttribute("aria-busy");
  }
}

function setStatus(text, isError) {
  $("status").textContent = text;
  $("status").className = isError ? "error" : "";
}

function clear() {
  setStatus("");
  $("results").replaceChildren();
  $("facets").hidden = true;
  $("pages").hidden = true;
  $("spelling").hidden = true;
  $("emergency").hidden = true;
}

function draw(state, body) {
  drawEmergency(body.emergency);
  drawSpelling(state, body);
  drawFacets(state, body.facets);
  const hits = body.hits;
  const unmatched = body.unmatched_filters.map((f) => `No record has ${f.field} "${f.value}".`);
  if (unmatched.length > 0) {
    setStatus(`${unmatched.join(" ")} Remove the filter to see all answers.`);
  } else if (hits.length === 0) {
    setStatus(`No answers found for "${state.q}". Try other words, fewer filters, or check the spelling.`);
  } else {
    setStatus(`Answers ${hits[0].rank}–${hits[hits.length - 1].rank} of about ${body.estimated_matches}`);
  }
  $("results").replaceChildren(...hits.map(card));
  $("previous").hidden = state.offset === 0;
  $("next").hidden = hits.length < PAGE_SIZE || state.offset + PAGE_SIZE >= body.estimated_matches;
  $("pages").hidden = $("previous").hidden && $("next").hidden;
  $("disclaimer").textContent = body.disclaimer;
}

function drawEmergency(emergency) {
  const banner = $("emergency");
  banner.hidden = !emergency;
  if (!emergency) return;
  banner.replaceChildren(element("p", null, emergency.message));
  if (emergency.source) {
    const link = element("a", null, "Where this advice comes from");
    link.href = emergency.source;
    link.rel = "noopener noreferrer";
    banner.append(link);
  }
}

function drawSpelling(state, body) {
  const line = $("spelling");
  line.hidden = !body.did_you_mean;
  if (!body.did_you_mean) return;
  const instead = element("button", "link", body.search_instead_for);
  instead.type = "button";
  instead.addEventListener("click", () =>
    go({ q: body.search_instead_for, offset: 0, filters: state.filters, asWritten: true }));
  line.replaceChildren(
    document.createTextNode("Showing results for "), element("strong", null, body.did_you_mean),
    document.createTextNode(". Search instead for "), instead);
}

function drawFacets(state, facets) {
  const aside = $("facets");
  const groups = [["source", "Source"], ["qtype", "Question type"]];
  aside.replaceChildren();
  for (const [field, title] of groups) {
    const counts = Object.entries(facets[field] || {}).sort((a, b) => b[1] - a[1]);
    if (counts.length === 0) continue;
    aside.append(element("h2", null, title));
    const list = element("ul");
    for (const [value, count] of counts) {
      const filter = `${field}:${value}`;
      const on = state.filters.includes(filter);
      const button = element("button");
      button.type = "button";
      button.setAttribute("aria-pressed", String(on));
      button.append(element("span", null, value), element("span", "count", String(count)));
      button.title = on ? `Stop showing only ${value}` : `Show only ${value}`;
      button.addEventListener("click", () => go({
        q: state.q, offset: 0, asWritten: state.asWritten,
        filters: on ? state.filters.filter((f) => f !== filter) : [...state.filters, filter],
      }));
      const item = element("li");
      item.append(button);
      list.append(item);
    }
    aside.append(list);
  }
  aside.hidden = aside.childElementCount === 0;
}

function card(hit) {
  const item = element("li", "card");
  item.append(element("h3", null, hit.question || hit.id));
  const snippet = element("p", "snippet");
  snippet.innerHTML = hit.snippet;  // escaped by the server; its only tags are <mark>
  item.append(snippet);

  const answer = element("div", "answer", hit.answer);
  answer.hidden = true;
  answer.id = "answer-" + hit.rank;
  const toggle = element("button", "link", "Show full answer");
  toggle.type = "button";
  toggle.setAttribute("aria-expanded", "false");
  toggle.setAttribute("aria-controls", answer.id);
  toggle.addEventListener("click", () => {
    answer.hidden = !answer.hidden;
    toggle.setAttribute("aria-expanded", String(!answer.hidden));
    toggle.textContent = answer.hidden ? "Show full answer" : "Hide full answer";
  });
  item.append(toggle, answer);

  const meta = element("div", "meta");
  meta.append(element("span", null, "Source: " + (hit.source || "unknown")));
  if (hit.url && /^https?:\/\//i.test(hit.url)) {
    const link = element("a", null, hit.url);
    link.href = hit.url;
    link.rel = "noopener noreferrer";
    meta.append(link);
  }
  if (hit.focus) meta.append(element("span", "chip", "About: " + hit.focus));
  if (hit.qtype) meta.append(element("span", "chip", "Type: " + hit.qtype));
  item.append(meta);

  if (hit.related && hit.related.length) {
    item.append(element("p", "meta", "People also asked:"));
    const list = element("ul", "related");
    for (const related of hit.related) {
      const button = element("button", "link", related.question);
      button.type = "button";
      button.addEventListener("click", () => go({ q: related.question, offset: 0, filters: [], asWritten: false }));
      const entry = element("li");
      entry.append(button);
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

document.addEventListener("DOMContentLoaded", () => {
  $("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    go({ q: $("q").value.trim(), offset: 0, filters: current.filters, asWritten: false });
  });
  $("previous").addEventListener("click", () => go({ ...current, offset: Math.max(0, current.offset - PAGE_SIZE) }));
  $("next").addEventListener("click", () => go({ ...current, offset: current.offset + PAGE_SIZE }));
  window.addEventListener("popstate", () => run(stateFromUrl()));
  run(current);
  if (!current.q) $("q").focus();
});
