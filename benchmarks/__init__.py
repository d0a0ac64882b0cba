"""The benchmark suite: gold corpora, the scorer, the systems compared, speed, the report.

Run ``python -m benchmarks.run --help`` from the project root. ``docs/benchmarks.md``
is written by that command; ``docs/gold-format.md`` describes the gold JSONL format.
"""
