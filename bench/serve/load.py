"""Load test of `qadex serve`: N clients search questions in a loop for a while; prints and
writes JSON with queries per second, latency percentiles, errors and the server's memory.

Usage: python3 bench/serve/load.py --url http://127.0.0.1:8080 --pid SERVER_PID
           --questions ../shared/data/liveqa2017-train/questions.tsv [--clients 8]
           [--seconds 20] [--short] [--out result.json]
--short searches each question's subject line instead (its first sentence, when it has at most
12 words), as people type into a search box.
bench/serve/run.sh starts the server (and, with --with-writer, a concurrent `qadex index`)."""
import argparse
import http.client
import json
import socket
import threading
import time
import urllib.parse


def percentile(sorted_values, share):
    if not sorted_values:
        return None
    return sorted_values[min(len(sorted_values) - 1, int(share * len(sorted_values)))]


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return None


def connect(parsed):
    """A keep-alive connection without Nagle's delay: http.client sends a POST's headers and
    body in two writes, and the second would wait for the server's delayed ACK (~40 ms)."""
    connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
    connection.connect()
    connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return connection


def client(url, questions, offset, deadline, latencies, errors, lock):
    parsed = urllib.parse.urlparse(url)
    connection = connect(parsed)
    mine, failed, index = [], 0, offset
    while time.monotonic() < deadline:
        question = questions[index % len(questions)]
        index += 1
        body = json.dumps({"q": question, "n": 10})
        start = time.monotonic()
        try:
            connection.request("POST", "/v1/search", body, {"Content-Type": "application/json"})
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                failed += 1
                continue
        except (OSError, http.client.HTTPException):
            failed += 1
            connection.close()
            connection = connect(parsed)
            continue
        mine.append((time.monotonic() - start) * 1000)
    with lock:
        latencies.extend(mine)
        errors.append(failed)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://127.0.0.1:8080")
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--questions", required=True)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--label", default="")
    parser.add_argument("--short", action="store_true",
                        help="search the subject lines (first sentence, at most 12 words)")
    parser.add_argument("--out")
    args = parser.parse_args()
    questions = []
    for line in open(args.questions, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t", 1)
        if len(parts) != 2 or not parts[1].strip():
            continue
        text = parts[1][:16000]
        if args.short:
            text = text.split(". ", 1)[0]
            if len(text.split()) > 12:
                continue
        questions.append(text)
    latencies, errors, lock = [], [], threading.Lock()
    deadline = time.monotonic() + args.seconds
    rss_samples = []
    threads = [threading.Thread(target=client, args=(args.url, questions, i * 97, deadline,
                                                     latencies, errors, lock))
               for i in range(args.clients)]
    for thread in threads:
        thread.start()
    while any(thread.is_alive() for thread in threads):
        rss_samples.append(rss_kib(args.pid))
        time.sleep(0.5)
    latencies.sort()
    result = {
        "label": args.label, "clients": args.clients, "seconds": args.seconds,
        "questions": "subject lines" if args.short else "whole messages",
        "distinct_questions": len(questions),
        "queries": len(latencies), "errors": sum(errors),
        "qps": round(len(latencies) / args.seconds, 1),
        "p50_ms": round(percentile(latencies, 0.50), 1) if latencies else None,
        "p95_ms": round(percentile(latencies, 0.95), 1) if latencies else None,
        "p99_ms": round(percentile(latencies, 0.99), 1) if latencies else None,
        "server_rss_max_mib": round(max(s for s in rss_samples if s) / 1024, 1),
    }
    print(json.dumps(result))
    if args.out:
        with open(args.out, "w") as out:
            json.dump(result, out, indent=2)


if __name__ == "__main__":
    main()
