"""Drives the search page in headless Chromium over WebDriver (chromedriver, plain HTTP):
types a complaint, checks the answers and their sources, filters by a facet, opens a full
answer, goes back, follows a related question, and shows an emergency banner before any
answer. Screenshots go to SHOTS_DIR.

The page is 412 px wide (a phone), then 1280 px (a desktop). In each state it can be in
(empty, answers, filtered by a facet, a full answer open, a spelling suggestion, no answers,
the emergency banner), given AXE_JS (axe-core's axe.min.js), it runs axe-core in the page
for WCAG 2.0 and 2.1 levels A and AA (labels, names, text contrast, ARIA, lists...): every
violation, and anything axe could not decide, is listed at the end (rule, impact, states,
elements, help) and fails the check. Checked here, axe or not: the search box's border and the
focus ring at 3:1 against the page (non-text contrast, which axe does not measure), and
nothing the page hides (the hidden attribute) shown by a style.

Usage: browser_check.py CHROMEDRIVER_URL PAGE_URL SHOTS_DIR [AXE_JS]"""
import base64
import json
import os
import sys
import time
import urllib.parse
import urllib.request

DRIVER, PAGE, SHOTS = sys.argv[1:4]
AXE_JS = sys.argv[4] if len(sys.argv) > 4 else ""
QUESTION = "I have lower back stiffness. What could it be?"
EMERGENCY = "crushing chest pain and I can't breathe"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


def call(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(DRIVER + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)["value"]


def wait_for(what, check, timeout=15):
    end = time.time() + timeout
    while time.time() < end:
        value = check()
        if value:
            return value
        time.sleep(0.2)
    sys.exit(f"timed out waiting for {what}")


session = call("POST", "/session", {"capabilities": {"alwaysMatch": {"goog:chromeOptions": {
    "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--window-size=1280,1200"]}}}})["sessionId"]
base = f"/session/{session}"


def viewport(width, height, mobile):
    """The page's viewport, exactly (a headless window is at least 500 px wide)."""
    call("POST", base + "/goog/cdp/execute", {"cmd": "Emulation.setDeviceMetricsOverride", "params": {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile}})


def run(script, *args):
    return call("POST", base + "/execute/sync", {"script": script, "args": list(args)})


def find(css):
    return call("POST", base + "/element", {"using": "css selector", "value": css})[ELEMENT]


def shot(name):
    png = call("GET", base + "/screenshot")
    with open(os.path.join(SHOTS, name + ".png"), "wb") as out:
        out.write(base64.b64decode(png))


def cards():
    return run("return [...document.querySelectorAll('#results .card')].map(c => c.innerText)")


def status():
    return run("return document.getElementById('status').textContent")


def settled():
    """The search is answered (or failed) and the answers are drawn: not dimmed as busy."""
    return (run("return !document.querySelector('main').hasAttribute('aria-busy')")
            and not status().startswith("Searching"))


def load(query):
    call("POST", base + "/url", {"url": PAGE + ("?" + urllib.parse.urlencode(query, True) if query else "")})
    if query:
        wait_for(f"the answer to {query}", lambda: status() and settled())


AXE_SOURCE = open(AXE_JS, encoding="utf-8").read() if AXE_JS else None
# Violations, and what axe could not decide ("needs review", e.g. a contrast over an image):
# both fail, as on a page this plain every check should come out one way or the other.
AXE_RUN = """const done = arguments[arguments.length - 1];
const found = (v, undecided) => ({id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
  undecided, nodes: v.nodes.map((n) => ({target: n.target.join(" "), summary: n.failureSummary}))});
axe.run(document, {runOnly: {type: "tag", values: arguments[0]},
                   resultTypes: ["violations", "incomplete"]})
  .then((result) => done({version: axe.version,
          found: [...result.violations.map((v) => found(v, false)),
                  ...result.incomplete.map((v) => found(v, true))],
          passed: result.passes.filter((v) => v.nodes.length > 0).map((v) => v.id)}),
        (error) => done({error: String(error)}));"""
# Rules that must have checked something, or the page was not what this test thinks it is.
AXE_MUST_CHECK = {"label", "color-contrast", "button-name", "link-name", "list", "aria-valid-attr-value"}
axe_version = None
findings = []  # (state, width, finding), reported together at the end
checked = []
passed = set()


def accessibility(state):
    """axe-core over the page as it is now; what it finds is kept for the end."""
    global axe_version
    if AXE_SOURCE is None:
        return
    if not run("return typeof window.axe === 'object' && typeof window.axe.run === 'function'"):
        run(AXE_SOURCE)
    result = call("POST", base + "/execute/async", {"script": AXE_RUN, "args": [AXE_TAGS]})
    if "error" in result:
        sys.exit(f"axe.run failed in the state '{state}': {result['error']}")
    axe_version = result["version"]
    width = run("return window.innerWidth")
    checked.append(f"{state} ({width} px)")
    passed.update(result["passed"])
    findings.extend((state, width, f) for f in result["found"])


# What axe leaves to people (WCAG 2.1 1.4.11, non-text contrast, 3:1): the search box's
# border against what is around and inside it, and the focus ring against the page.
NON_TEXT_CONTRAST = """const box = document.getElementById("q");
const luminance = (color) => {
  const [r, g, b] = color.match(/[\\d.]+/g).slice(0, 3).map((v) => {
    v /= 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const ratio = (a, b) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};
const background = (node) => {
  for (; node; node = node.parentElement) {
    const color = getComputedStyle(node).backgroundColor;
    if (!/^rgba\\(.*, 0\\)$/.test(color) && color !== "transparent") return color;
  }
  return "rgb(255, 255, 255)";
};
box.focus();
const style = getComputedStyle(box);
const around = background(box.parentElement);
return {border: Math.min(ratio(style.borderTopColor, around), ratio(style.borderTopColor, background(box))),
        focus: style.outlineStyle === "none" ? 0 : ratio(style.outlineColor, around)};"""


def non_text_contrast():
    contrast = run(NON_TEXT_CONTRAST)
    assert contrast["border"] >= 3, f"the search box's border has a contrast of {contrast['border']:.2f}, not 3:1"
    assert contrast["focus"] >= 3, f"the focus ring has a contrast of {contrast['focus']:.2f}, not 3:1"


def hidden_stays_hidden():
    """A style that sets display must not show what the page hides (the hidden attribute)."""
    shown = run("""return [...document.querySelectorAll("[hidden]")]
                     .filter((e) => getComputedStyle(e).display !== "none").map((e) => e.id || e.tagName)""")
    assert not shown, f"hidden yet shown: {shown}"


def report_accessibility():
    """Fails with what axe found, one entry per rule: where, which elements, how to fix."""
    if AXE_SOURCE is None:
        return
    what = f"axe-core {axe_version}, {', '.join(AXE_TAGS)}"
    rules = {}  # (id, undecided) -> {"rule": finding, "states": [...], "nodes": {target: summary}}
    for state, width, f in findings:
        entry = rules.setdefault((f["id"], f["undecided"]), {"rule": f, "states": [], "nodes": {}})
        entry["states"].append(f"{state} ({width} px)")
        for node in f["nodes"]:
            entry["nodes"].setdefault(node["target"], " ".join((node["summary"] or "").split()))
    lines = []
    for entry in rules.values():
        f = entry["rule"]
        kind = "needs review: axe could not decide" if f["undecided"] else f["impact"]
        lines.append(f"- {f['id']} ({kind}): {f['help']} ({f['helpUrl']})")
        lines.append(f"    in: {', '.join(entry['states'])}")
        nodes = list(entry["nodes"].items())
        lines.extend(f"    {target}: {summary}" for target, summary in nodes[:8])
        if len(nodes) > 8:
            lines.append(f"    ... and {len(nodes) - 8} more elements")
    unchecked = AXE_MUST_CHECK - passed
    if unchecked:
        lines.append(f"- rules that found nothing to check in any state: {', '.join(sorted(unchecked))}")
    if lines:
        sys.exit(f"accessibility ({what}): {len(rules)} rule(s) not met\n" + "\n".join(lines))
    print(f"accessibility ({what}): no violations in {len(checked)} states: {'; '.join(checked)}")


try:
    call("POST", base + "/timeouts", {"script": 60000})  # axe.run
    viewport(412, 1200, True)  # a phone
    call("POST", base + "/url", {"url": PAGE})
    box = find("#q")
    assert run("return document.getElementById('q').labels[0].textContent").startswith("Ask"), "label"
    hidden_stays_hidden()
    non_text_contrast()
    accessibility("empty page")
    call("POST", f"{base}/element/{box}/value", {"text": QUESTION + "\n"})  # Enter submits
    found = wait_for("answers", cards)
    assert all("Source:" in text for text in found), "every card names its source"
    assert "back" in found[0].lower(), f"first answer is about the back: {found[0][:80]}"
    assert "q=" in run("return location.search"), "the question is in the address"
    assert run("return document.querySelectorAll('.snippet mark').length") > 0, "highlights"
    shot("1-answers")
    wait_for("the answers drawn", settled)
    hidden_stays_hidden()
    accessibility("answers")

    # The next page, and back to the first.
    call("POST", f"{base}/element/{find('#next')}/click", {})
    wait_for("page 2", lambda: "offset=10" in run("return location.search"))
    wait_for("page 2's answers", lambda: "11" in run("return document.getElementById('status').textContent"))
    call("POST", base + "/back", {})
    wait_for("page 1 again", lambda: "offset=" not in run("return location.search")
             and run("return document.getElementById('status').textContent").startswith("Answers 1"))

    # A facet: click the first, the address and the pressed state follow.
    count = run("return document.querySelectorAll('#facets button').length")
    assert count > 0, "facets drawn"
    call("POST", f"{base}/element/{find('#facets li:nth-child(1) button')}/click", {})
    wait_for("the filtered search", lambda: "filter=" in run("return location.search")
             and run("return !document.querySelector('main').hasAttribute('aria-busy')"))
    assert run("return document.querySelector('#facets button[aria-pressed=true]') !== null"), "pressed"
    shot("2-filtered")
    filtered = run("return location.search")
    accessibility("filtered by a facet")

    # The full answer of the first card, opened with its button.
    toggle = find("#results .card button.link")
    call("POST", f"{base}/element/{toggle}/click", {})
    assert run("return !document.querySelector('#results .card .answer').hidden"), "answer shown"
    assert run("return document.querySelector('#results .card button.link').getAttribute('aria-expanded')") == "true"
    shot("3-full-answer")
    accessibility("a full answer open")

    # Back: the unfiltered search again.
    call("POST", base + "/back", {})
    wait_for("the search before the filter", lambda: "filter=" not in run("return location.search"))
    wait_for("answers again", cards)
    shot("4-back")

    # People also asked: a related question, clicked, is the next search.
    related = find("#results .related button")
    asked = run("return arguments[0].textContent", {ELEMENT: related})
    call("POST", f"{base}/element/{related}/click", {})
    wait_for("the related question's search",
             lambda: run("return new URLSearchParams(location.search).get('q')") == asked
             and run("return document.getElementById('status').textContent").startswith("Answers"))
    assert run("return document.getElementById('q').value") == asked, "the box shows the question"
    shot("5-related")

    # A text that may describe an emergency: the banner comes first, before any answer.
    call("POST", base + "/url", {"url": PAGE + "?" + urllib.parse.urlencode({"q": EMERGENCY})})
    banner = wait_for("the emergency banner", lambda: run(
        "const b = document.getElementById('emergency'); return !b.hidden && b.innerText"))
    assert "emergency" in banner.lower(), f"banner text: {banner[:80]}"
    assert run("return document.getElementById('emergency').getAttribute('role')") == "alert"
    assert run("""const b = document.getElementById('emergency').getBoundingClientRect();
                  const c = document.querySelector('#results .card');
                  return !c || b.bottom <= c.getBoundingClientRect().top"""), "banner above answers"
    shot("6-emergency")
    wait_for("the answers below the banner", settled)
    accessibility("emergency banner")

    # Words misspelled: the line saying what was searched instead. No answers: the status.
    load({"q": "I have lower bakc stiffness"})
    assert not run("return document.getElementById('spelling').hidden"), "spelling suggestion"
    accessibility("spelling suggestion")
    load({"q": QUESTION, "filter": "source:no-such-source"})
    assert status().startswith("No record has source"), f"no answers: {status()}"
    accessibility("no answers")

    # A desktop: the filters beside the answers.
    viewport(1280, 900, False)
    load({})
    non_text_contrast()
    accessibility("empty page")
    load({"q": QUESTION})
    accessibility("answers")
    shot("7-desktop-answers")
    call("POST", base + "/url", {"url": PAGE + filtered})
    wait_for("the filtered search", lambda: cards() and settled())
    accessibility("filtered by a facet")
    load({"q": EMERGENCY})
    accessibility("emergency banner")
    shot("8-desktop-emergency")
    report_accessibility()
    print("browser checks passed; screenshots in", SHOTS)
finally:
    call("DELETE", base)
