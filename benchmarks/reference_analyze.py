#!/usr/bin/env python3
"""A plain Python reader of the analysis summary, the yardstick of `bench` and of the README's speed table.

Straightforward standard-library code, as a data engineer would write it: `json.loads` per line and `re` per
customer message, the metric definitions of DESIGN "Metrics" and the reading rules of "Conversation data".
It prints the same document as `analyze <file> --json` (the default intent table, `words` mode, default
targets and weights). `--expect cli.json` compares the two documents number by number and exits 1 on any
difference, so the yardstick is known to compute the same thing as the CLI it is compared with.

    python3 benchmarks/reference_analyze.py conversations.jsonl [--intents intents.json] [--expect cli.json]
"""

import argparse
import json
import math
import os
import re
import sys

TARGET_CSAT = 4.5
MAX_TURNS = 6.0
LATENCY_TARGET_SEC = 120.0
WEIGHTS = (0.35, 0.35, 0.15, 0.15)  # csat, resolution, turns, latency
RANKING_WEIGHTS = (0.35, 0.30, 0.20, 0.15)  # frequency, unresolved, csat gap, effort inverse
UNKNOWN_CSAT_GAP = 0.5
LISTED_BAD_LINES = 50
MISSING = "(none)"
BLANK = b" \t\r\v\f"
DEFAULT_INTENTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "Workbench", "Config", "intents.json")


def reject_constant(name):
    raise ValueError(f"{name} is not JSON")


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def as_float(value):
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf


def is_resolved(value):
    if value is True:
        return True
    if is_number(value):
        return value == 1
    if isinstance(value, str):
        return value.strip().lower() in ("true", "yes", "si", "sí")
    return False


def clamp(value):
    return min(max(value, 0.0), 1.0)


class Group:
    def __init__(self):
        self.n = 0
        self.resolved = 0
        self.turns = 0
        self.csat_n = 0
        self.csat_sum = 0.0
        self.duration_n = 0
        self.duration_sum = 0.0

    def add(self, resolved, turns, csat, duration):
        self.n += 1
        self.resolved += 1 if resolved else 0
        self.turns += turns
        if csat is not None:
            self.csat_n += 1
            self.csat_sum += csat
        if duration is not None:
            self.duration_n += 1
            self.duration_sum += duration

    def avg_csat(self):
        return self.csat_sum / self.csat_n if self.csat_n else None

    def metrics(self):
        resolution = self.resolved / self.n if self.n else None
        turns = self.turns / self.n if self.n else None
        csat = self.avg_csat()
        duration = self.duration_sum / self.duration_n if self.duration_n else None
        composite = None
        if resolution is not None and turns is not None:
            w_csat, w_res, w_turns, w_lat = WEIGHTS
            csat_term = clamp(csat / TARGET_CSAT) if csat is not None else 0.0
            turns_term = clamp(1 - turns / MAX_TURNS)
            latency_term = clamp(1 - duration / LATENCY_TARGET_SEC) if duration is not None else 0.0
            weighted = w_csat * csat_term + w_res * resolution + w_turns * turns_term + w_lat * latency_term
            composite = weighted / (w_csat + w_res + w_turns + w_lat)
        return {
            "n": self.n,
            "resolution_rate": resolution,
            "avg_csat": csat,
            "avg_turns": turns,
            "avg_duration_sec": duration,
            "composite": composite,
        }


def customer_texts(transcript):
    for message in transcript:
        if isinstance(message, dict) and (message.get("speaker") == "cliente" or message.get("role") == "user"):
            text = message.get("text")
            if not isinstance(text, str):
                text = message.get("content")
            if isinstance(text, str):
                yield text


def normalise(values):
    low, high = min(values), max(values)
    return [0.5] * len(values) if high == low else [(v - low) / (high - low) for v in values]


def rank(intents, by_intent):
    present = [i for i, group in enumerate(by_intent) if group.n > 0]
    if not present:
        return []
    frequency = [float(by_intent[i].n) for i in present]
    unresolved = [(by_intent[i].n - by_intent[i].resolved) / by_intent[i].n for i in present]
    csat_gap = [max(0.0, TARGET_CSAT - by_intent[i].avg_csat()) if by_intent[i].csat_n else UNKNOWN_CSAT_GAP for i in present]
    effort_inverse = [1.0 / intents[i]["effort"] for i in present]
    n_freq, n_unres, n_gap, n_effort = (normalise(v) for v in (frequency, unresolved, csat_gap, effort_inverse))
    rows = []
    for k, i in enumerate(present):
        score = (RANKING_WEIGHTS[0] * n_freq[k] + RANKING_WEIGHTS[1] * n_unres[k]
                 + RANKING_WEIGHTS[2] * n_gap[k] + RANKING_WEIGHTS[3] * n_effort[k])
        rows.append({
            "intent": intents[i]["name"],
            "tool": intents[i]["tool"],
            "frequency": by_intent[i].n,
            "unresolved_rate": unresolved[k],
            "csat_gap": csat_gap[k],
            "effort": intents[i]["effort"],
            "score": score,
        })
    return sorted(rows, key=lambda row: row["score"], reverse=True)  # stable: ties keep the table order


def analyze(path, intents):
    patterns = [re.compile(intent["patterns"]["words"], re.IGNORECASE) for intent in intents]
    overall = Group()
    by_intent = [Group() for _ in intents]
    by_context = {}
    bad_lines = []
    n_bad = 0
    with open(path, "rb") as file:
        for number, raw in enumerate(file, start=1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            line = raw[:-1] if raw.endswith(b"\n") else raw
            if line.endswith(b"\r"):
                line = line[:-1]
            if not line.strip(BLANK):
                continue
            try:
                doc = json.loads(line.decode("utf-8"), parse_constant=reject_constant)
            except ValueError:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
                doc = None
            meta = doc.get("meta") if isinstance(doc, dict) else None
            if (not isinstance(doc, dict)
                    or (not isinstance(meta, dict) and doc.get("conversation_id") is None)
                    or not isinstance(doc.get("transcript"), list)):
                n_bad += 1
                if len(bad_lines) < LISTED_BAD_LINES:
                    bad_lines.append(number)
                continue

            meta = meta if isinstance(meta, dict) else {}
            outcomes = doc.get("outcomes")
            outcomes = outcomes if isinstance(outcomes, dict) else {}
            transcript = doc["transcript"]
            resolved = is_resolved(meta.get("resolved"))
            csat = outcomes.get("csat_estimated_1_5")
            csat = as_float(csat) if is_number(csat) and 1 <= csat <= 5 else None
            duration = meta.get("duration_sec")
            duration = as_float(duration) if is_number(duration) and duration >= 0 else None
            duration = duration if duration is not None and math.isfinite(duration) else None
            context = meta.get("context")
            context = context if isinstance(context, str) else MISSING

            record = (resolved, len(transcript), csat, duration)
            overall.add(*record)
            by_context.setdefault(context, Group()).add(*record)
            texts = list(customer_texts(transcript))
            for i, pattern in enumerate(patterns):
                if any(pattern.search(text) for text in texts):
                    by_intent[i].add(*record)

    summary = overall.metrics()
    return {
        "n_valid": overall.n,
        "n_bad_lines": n_bad,
        "bad_lines": bad_lines,
        "resolution_rate": summary["resolution_rate"],
        "avg_csat": summary["avg_csat"],
        "avg_turns": summary["avg_turns"],
        "avg_duration_sec": summary["avg_duration_sec"],
        "composite": summary["composite"],
        "intents": {intent["name"]: group.n for intent, group in zip(intents, by_intent)},
        "ranking": rank(intents, by_intent),
        "by_context": {key: by_context[key].metrics() for key in sorted(by_context)},
    }


def differences(expected, actual, where="$"):
    """Every place where two documents differ; numbers compare exactly, as doubles."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        if list(expected) != list(actual):
            return [f"{where}: keys {list(expected)} != {list(actual)}"]
        return [d for key in expected for d in differences(expected[key], actual[key], f"{where}.{key}")]
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            return [f"{where}: {len(expected)} items != {len(actual)}"]
        return [d for k, (e, a) in enumerate(zip(expected, actual)) for d in differences(e, a, f"{where}[{k}]")]
    if is_number(expected) and is_number(actual):
        return [] if float(expected) == float(actual) else [f"{where}: {expected!r} != {actual!r}"]
    return [] if expected == actual and type(expected) is type(actual) else [f"{where}: {expected!r} != {actual!r}"]


def main():
    parser = argparse.ArgumentParser(description="Plain Python analysis summary of a JSONL conversation file.")
    parser.add_argument("file")
    parser.add_argument("--intents", default=DEFAULT_INTENTS, help="intent table (default: the built-in one)")
    parser.add_argument("--expect", help="an `analyze --json` document to compare with; exit 1 when any value differs")
    args = parser.parse_args()
    with open(args.intents, encoding="utf-8") as file:
        intents = json.load(file)["intents"]
    result = analyze(args.file, intents)
    if args.expect:
        with open(args.expect, encoding="utf-8") as file:
            found = differences(json.load(file), result)
        for difference in found:
            print(difference, file=sys.stderr)
        print(f"{'differs' if found else 'identical'}: {len(found)} differences", file=sys.stderr)
        return 1 if found else 0
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
