"""Drives the search page in headless Chromium over WebDriver (chromedriver, plain HTTP):
types a complaint, checks the answers and their sources, filters by a facet, opens a full
answer, goes back, follows a related question, and shows an emergency banner before any
answer. Screenshots go to SHOTS_DIR.

Usage: browser_check.py CHROMEDRIVER_URL PAGE_URL SHOTS_DIR"""
import base64
import json
import os
import sys
import time
import urllib.parse
import urllib.request

DRIVER, PAGE, SHOTS = sys.argv[1:4]
QUESTION = "I have lower back stiffness. What could it be?"
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
             "--window-size=412,1200"]}}}})["sessionId"]
base = f"/session/{session}"


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


try:
    call("POST", base + "/url", {"url": PAGE})
    box = find("#q")
    assert run("return document.getElementById('q').labels[0].textContent").startswith("Ask"), "label"
    call("POST", f"{base}/element/{box}/value", {"text": QUESTION + "\n"})  # Enter submits
    found = wait_for("answers", cards)
    assert all("Source:" in text for text in found), "every card names its source"
    assert "back" in found[0].lower(), f"first answer is about the back: {found[0][:80]}"
    assert "q=" in run("return location.search"), "the question is in the address"
    assert run("return document.querySelectorAll('.snippet mark').length") > 0, "highlights"
    shot("1-answers")

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

    # The full answer of the first card, opened with its button.
    toggle = find("#results .card button.link")
    call("POST", f"{base}/element/{toggle}/click", {})
    assert run("return !document.querySelector('#results .card .answer').hidden"), "answer shown"
    assert run("return document.querySelector('#results .card button.link').getAttribute('aria-expanded')") == "true"
    shot("3-full-answer")

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
    call("POST", base + "/url", {"url": PAGE + "?" + urllib.parse.urlencode(
        {"q": "crushing chest pain and I can't breathe"})})
    banner = wait_for("the emergency banner", lambda: run(
        "const b = document.getElementById('emergency'); return !b.hidden && b.innerText"))
    assert "emergency" in banner.lower(), f"banner text: {banner[:80]}"
    assert run("return document.getElementById('emergency').getAttribute('role')") == "alert"
    assert run("""const b = document.getElementById('emergency').getBoundingClientRect();
                  const c = document.querySelector('#results .card');
                  return !c || b.bottom <= c.getBoundingClientRect().top"""), "banner above answers"
    shot("6-emergency")
    print("browser checks passed; screenshots in", SHOTS)
finally:
    call("DELETE", base)
