"""Run a notebook's code cells in a trainee's kernel on a JupyterHub, over the kernel websocket.

What JupyterLab does when a trainee opens a notebook and runs every cell: a session is created
through the single-user server's REST API (the kernel starts in the notebook's folder), then
each cell is an ``execute_request`` on the kernel's websocket. Used by bench/class_hub.py.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import PurePosixPath

from tornado.httpclient import HTTPRequest
from tornado.websocket import WebSocketClientConnection, websocket_connect

CELL_TIMEOUT = 300.0
READY_TIMEOUT = 120.0


@dataclass
class NotebookRun:
    """One notebook run in one kernel: its seconds, its errors, its printed text."""

    path: str
    kernel_id: str = ""
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    stdout: str = ""

    @property
    def ok(self) -> bool:
        """True when every cell ran without an error.

        >>> NotebookRun("a.ipynb").ok, NotebookRun("a.ipynb", errors=["x"]).ok
        (True, False)
        """
        return not self.errors


def code_cells(notebook: dict) -> list[str]:
    """The source of each code cell of a notebook's JSON, in order.

    >>> code_cells({"cells": [{"cell_type": "code", "source": ["a = 1\\n", "a"]},
    ...                       {"cell_type": "markdown", "source": "# x"}]})
    ['a = 1\\na']
    """
    cells = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    return ["".join(c["source"]) if isinstance(c["source"], list) else c["source"] for c in cells]


def message(msg_type: str, content: dict, session: str) -> dict:
    """A Jupyter message for the websocket's shell channel.

    >>> m = message("kernel_info_request", {}, "s")
    >>> m["channel"], m["header"]["msg_type"], m["header"]["session"]
    ('shell', 'kernel_info_request', 's')
    """
    header = {
        "msg_id": uuid.uuid4().hex,
        "msg_type": msg_type,
        "session": session,
        "username": "wog-driver",
        "version": "5.3",
        "date": datetime.now(UTC).isoformat(),
    }
    return {
        "header": header,
        "parent_header": {},
        "metadata": {},
        "content": content,
        "channel": "shell",
        "buffers": [],
    }


def session_body(path: str) -> dict:
    """The REST body that opens a notebook in a new kernel, as JupyterLab sends it.

    >>> session_body("c/notebooks/00_mulai.ipynb")["name"]
    '00_mulai.ipynb'
    """
    name = PurePosixPath(path).name
    return {"path": path, "name": name, "type": "notebook", "kernel": {"name": "python3"}}


async def _reply(ws: WebSocketClientConnection, msg_id: str, run: NotebookRun, limit: float):
    """Read messages until the shell reply to msg_id and the kernel's idle status after it
    (output may come after the reply); collect errors and printed text."""
    deadline = time.monotonic() + limit
    reply, idle = None, False
    while time.monotonic() < deadline and (reply is None or not idle):
        raw = await ws.read_message()
        if raw is None:
            raise ConnectionError("websocket closed")
        if isinstance(raw, bytes):
            continue
        msg = json.loads(raw)
        if msg.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        kind, content = msg["msg_type"], msg["content"]
        if kind == "stream" and content.get("name") == "stdout":
            run.stdout += content["text"]
        elif kind == "error":
            run.errors.append(f"{content['ename']}: {content['evalue']}")
        elif kind == "status":
            idle = content.get("execution_state") == "idle"
        elif msg.get("channel") == "shell":
            reply = content
    if reply is None or not idle:
        raise TimeoutError(f"no reply within {limit:.0f} s")
    return reply


async def execute(ws, code: str, session: str, run: NotebookRun, limit: float = CELL_TIMEOUT):
    """Run one cell; its errors and printed text go to run."""
    content = {"code": code, "silent": False, "store_history": True, "user_expressions": {}}
    content |= {"allow_stdin": False, "stop_on_error": True}
    msg = message("execute_request", content, session)
    await ws.write_message(json.dumps(msg))
    reply = await _reply(ws, msg["header"]["msg_id"], run, limit)
    if reply.get("status") == "error" and not run.errors:
        run.errors.append(f"{reply.get('ename')}: {reply.get('evalue')}")


async def wait_ready(ws, session: str, run: NotebookRun, limit: float = READY_TIMEOUT) -> None:
    """Ask for kernel_info until the kernel answers (bounded in time)."""
    msg = message("kernel_info_request", {}, session)
    await ws.write_message(json.dumps(msg))
    await _reply(ws, msg["header"]["msg_id"], run, limit)


async def run_cells(ws_url: str, headers: dict, cells: list[str], run: NotebookRun) -> None:
    """Connect to a kernel's websocket and run the cells in order, stopping at an error."""
    session = uuid.uuid4().hex
    request = HTTPRequest(f"{ws_url}?session_id={session}", headers=headers, connect_timeout=30)
    ws = await websocket_connect(request, max_message_size=64 << 20)
    try:
        await wait_ready(ws, session, run)
        for code in cells:
            await execute(ws, code, session, run)
            if run.errors:
                return
    finally:
        ws.close()
