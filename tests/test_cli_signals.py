"""The command line stopped by a signal (issue 17, item 7): it exits, its workers end, its output holds whole records.

The run reads JSON lines from a pipe that stays open, so it is mid-run, with
its ``nlp.pipe`` workers started, when the signal arrives.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

LINE = json.dumps({"id": "x", "text": "“We will win,” Smith said. Jones said taxes would rise."}) + "\n"


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            pass
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc to find the workers")
@pytest.mark.parametrize("signum, status", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_to_the_main_process_alone_ends_the_run_and_its_workers(
        signum: int, status: int, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "quoteattr", "--rules-only", "--quiet", "--n-process", "2", "--batch-size", "2",
         "--input-format", "jsonl", "-o", str(out), "-"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None
    try:
        workers: set[int] = set()
        deadline = time.monotonic() + 120
        while len(workers) < 2 and time.monotonic() < deadline:  # feed documents until both workers run
            proc.stdin.write(LINE.encode() * 8)
            proc.stdin.flush()
            time.sleep(0.2)
            workers = _children(proc.pid)
        assert len(workers) >= 2, "the workers never started"
        time.sleep(1.0)  # let some records through
        os.kill(proc.pid, signum)  # the main process alone, not its process group
        code = proc.wait(timeout=90)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pid in _children(proc.pid):
            os.kill(pid, signal.SIGKILL)
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    assert code == status, stderr
    assert "interrupted" in stderr
    time.sleep(0.5)
    assert not [pid for pid in workers if _alive(pid)], "a worker outlived the run"
    data = out.read_text(encoding="utf-8")
    assert data == "" or data.endswith("\n")
    for line in data.splitlines():  # only whole records
        assert json.loads(line)["id"] == "x"
