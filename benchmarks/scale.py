"""What a run costs on Spark and Dask against one machine's ``attribute_many``, in one run.

    python -m benchmarks.scale                         # 300 generated news-like texts
    python -m benchmarks.scale --texts corpus/ --docs 500 --model en_core_web_sm
    python -m benchmarks.scale --texts articles.jsonl --engines dask --json out.json

Texts are generated (seeded, made-up names and places) or read from a path: a
folder of ``*.txt`` files (recursively, sorted) or a JSONL file with a
``text`` field. Nothing read is stored; only counts and timings are printed.

For every configuration it reports

* **start-up**: what a user waits before the first document — for
  ``attribute_many`` the pipeline load in this process; for Dask a
  ``LocalCluster`` with one thread per worker and the model preloaded on each
  worker (:func:`quoteattr.dask.preload`); for Spark a ``local[k]`` session and
  a first job with one tiny partition per core, which starts the Python workers
  and loads the model in each;
* **run**: wall-clock seconds for all the documents once the start-up is paid,
  and words per second (whitespace-separated words of the input).
  ``attribute_many(..., n_process=2)`` starts its worker processes inside the
  call, so its run includes loading the pipeline in each of them.

Every figure is wall-clock time (work spreads over processes, so this
process's CPU time says nothing); the load average before and after is printed
because other work on the machine slows every configuration. Compare the
configurations of one run with each other, not with another run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
import warnings
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

from quoteattr import attribute_many
from quoteattr.batch import RULES_ONLY, resolve_model
from quoteattr.models import load_model

ENGINES = ("attribute_many", "dask", "spark")

_FIRST = ["Elena", "Tom", "Priya", "Daniel", "Ruth", "Jonas", "Laura", "Claire", "Samuel", "Ana", "Hana",
          "Omar", "Grace", "Paul", "Fatima", "Helen", "Maria", "Mark"]
_LAST = ["Marsh", "Okafor", "Raman", "Ortiz", "Adebayo", "Weber", "Chen", "Dubois", "Lee", "Silva", "Sato",
         "Haddad", "Mwangi", "Mercer", "Noor", "Brooks", "Gomez", "Bellamy"]
_ROLES = ["mayor", "finance minister", "police chief", "city engineer", "union leader", "health director",
          "school superintendent", "fire chief"]
_TOPICS = ["the new bridge", "the budget", "the ferry service", "the school repairs", "the water supply",
           "the harbour expansion", "the bus timetable", "the library hours"]
_TEMPLATES = [
    "“We will finish {topic} on time,” {role} {name} said on {day}.",
    "{name}, the {role}, said that {topic} would cost less than planned.",
    "“This is not the end,” {last} told reporters. “We go on tomorrow.”",
    "According to the {role}, {topic} is three weeks behind schedule.",
    "{last} warned that {topic} could close for the winter.",
    "“I have never seen anything like it,” said {name}, who lives near the river.",
    "The council met on {day} to discuss {topic}. No vote was taken.",
    "“{topic_cap},” {last} said, “is what people ask me about every day.”",
    "She added that residents would be told before any work began.",
    "Critics called {topic} “a waste of money.”",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def generate(count: int, seed: int = 14, sentences: int = 14) -> list[str]:
    """*count* made-up news stories of about *sentences* sentences each."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        lines = []
        for _ in range(sentences):
            topic = rng.choice(_TOPICS)
            lines.append(rng.choice(_TEMPLATES).format(
                name=f"{first} {last}", last=last, role=rng.choice(_ROLES), topic=topic,
                topic_cap=topic[0].upper() + topic[1:], day=rng.choice(_DAYS)))
        paragraphs = [" ".join(lines[i:i + 3]) for i in range(0, len(lines), 3)]
        texts.append("\n\n".join(paragraphs))
    return texts


def read_texts(path: Path, count: int) -> list[str]:
    """Up to *count* texts from a folder of ``*.txt`` files or a JSONL file with a ``text`` field."""
    texts: list[str] = []
    if path.is_dir():
        for p in sorted(path.rglob("*.txt")):
            texts.append(p.read_text(encoding="utf-8"))
            if len(texts) == count:
                break
    else:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    texts.append(json.loads(line)["text"])
                    if len(texts) == count:
                        break
    return texts


@dataclass
class Row:
    config: str
    workers: int
    startup_s: float
    run_s: float
    docs: int
    words: int

    @property
    def wps(self) -> float:
        return self.words / self.run_s if self.run_s else 0.0


def _timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    began = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - began


def bench_attribute_many(texts: Sequence[str], model: str, words: int) -> list[Row]:
    nlp, startup = _timed(lambda: load_model(rules_only=True) if model == RULES_ONLY else load_model(model))
    rows = []
    for n in (1, 2):
        out, secs = _timed(lambda n=n: list(attribute_many(texts, nlp=nlp, n_process=n)))
        assert len(out) == len(texts)
        rows.append(Row(f"attribute_many(n_process={n})", n, startup, secs, len(texts), words))
    return rows


def bench_dask(texts: Sequence[str], model: str, words: int, workers: int) -> Row:
    import dask.bag as db
    from distributed import Client, LocalCluster

    from quoteattr.dask import attribute_bag, preload

    began = time.perf_counter()
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None, silence_logs=50)
    client = Client(cluster)
    preload(client, model)
    startup = time.perf_counter() - began
    try:
        records = [{"doc_id": i, "text": t} for i, t in enumerate(texts)]
        bag = db.from_sequence(records, npartitions=workers * 4)
        out, secs = _timed(lambda: attribute_bag(bag, model=model).compute())
        assert len(out) == len(texts) and all(r["error"] is None for r in out)
    finally:
        client.close()
        cluster.close()
    return Row(f"dask LocalCluster({workers} worker{'s' * (workers > 1)})", workers, startup, secs,
               len(texts), words)


def bench_spark(texts: Sequence[str], model: str, words: int, workers: int) -> Row:
    os.environ.update({"PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable,
                       "SPARK_LOCAL_IP": "127.0.0.1"})
    from pyspark.sql import SparkSession

    from quoteattr.spark import attribute_dataframe

    began = time.perf_counter()
    spark = (SparkSession.builder.master(f"local[{workers}]").appName("quoteattr-bench")
             .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
             .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    try:
        warm = spark.createDataFrame([(i, "“Yes,” Ann said.") for i in range(workers)], "doc_id long, text string")
        attribute_dataframe(warm.repartition(workers), model=model).collect()
        startup = time.perf_counter() - began
        frame = spark.createDataFrame(list(enumerate(texts)), "doc_id long, text string").repartition(workers * 4)
        frame.cache().count()
        out, secs = _timed(lambda: attribute_dataframe(frame, model=model).collect())
        assert len(out) == len(texts) and all(r["error"] is None for r in out)
    finally:
        spark.stop()
    return Row(f"spark local[{workers}]", workers, startup, secs, len(texts), words)


def table(rows: Sequence[Row], base: Row, base2: Row) -> str:
    lines = ["| configuration | start-up s | run s | words/s | × attribute_many(1) | × attribute_many(2) |",
             "|---|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r.config} | {r.startup_s:.1f} | {r.run_s:.1f} | {r.wps:,.0f} | "
                     f"{r.wps / base.wps:.2f} | {r.wps / base2.wps:.2f} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.scale", description=__doc__.splitlines()[0])
    p.add_argument("--texts", type=Path, help="folder of *.txt or a JSONL file with 'text' (default: generated)")
    p.add_argument("--docs", type=int, default=300, help="how many texts (default 300)")
    p.add_argument("--model", default=None, help="spaCy pipeline (default: best installed; 'rules-only')")
    p.add_argument("--engines", default=",".join(ENGINES), help="comma-separated subset of " + ", ".join(ENGINES))
    p.add_argument("--workers", default="1,2", help="worker counts for Dask and Spark (default 1,2)")
    p.add_argument("--json", type=Path, help="also write the figures here")
    args = p.parse_args(argv)
    warnings.filterwarnings("ignore", category=FutureWarning)
    texts = read_texts(args.texts, args.docs) if args.texts else generate(args.docs)
    words = sum(len(t.split()) for t in texts)
    model = resolve_model(args.model)
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    counts = [int(w) for w in args.workers.split(",")]
    load_before = os.getloadavg()
    print(f"{len(texts)} texts, {words:,} words, model {model}, {os.cpu_count()} CPUs, "
          f"load average {load_before[0]:.1f}", flush=True)
    rows = bench_attribute_many(texts, model, words)
    for engine in engines:
        for k in counts:
            if engine == "dask":
                rows.append(bench_dask(texts, model, words, k))
            elif engine == "spark":
                rows.append(bench_spark(texts, model, words, k))
        print(f"  {engine} done", flush=True)
    load_after = os.getloadavg()
    print(table(rows, rows[0], rows[1]))
    print(f"load average (1 min) before {load_before[0]:.1f}, after {load_after[0]:.1f}")
    if args.json:
        args.json.write_text(json.dumps({
            "texts": len(texts), "words": words, "model": model, "cpus": os.cpu_count(),
            "load_before": load_before[0], "load_after": load_after[0],
            "rows": [{**asdict(r), "wps": r.wps} for r in rows],
        }, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
