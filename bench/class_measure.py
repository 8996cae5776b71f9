"""What a class costs the machine: memory (PSS) and CPU-seconds per trainee, from /proc.

Every process of a class hub carries WOG_HUB_STATE in its environment and each trainee's
server and kernels carry JUPYTERHUB_USER, so they are told apart without guessing from names
beyond "is this a kernel". PSS (proportional set size) shares the pages that processes have in
common (the Python interpreter, pandas' libraries) fairly among them, so it adds up to what the
machine actually holds. RSS counts shared pages in full for every process: the sum over one
trainee's processes is what that trainee would cost alone (the bound for a memory limit).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

import psutil
from class_hub import ClassHub, marked

MIB = 1024 * 1024


@dataclass
class Usage:
    """One trainee's processes at the moment of measuring."""

    server_pss: float = 0.0
    kernel_pss: list[float] = field(default_factory=list)
    cpu_seconds: float = 0.0
    rss: float = 0.0

    @property
    def total_pss(self) -> float:
        """Server and kernels together, in MiB.

        >>> Usage(200.0, [100.0, 50.0]).total_pss
        350.0
        """
        return self.server_pss + sum(self.kernel_pss)


def cpu_seconds(proc: psutil.Process) -> float:
    """User and system CPU-seconds of a process and of its children that have ended."""
    times = proc.cpu_times()
    return times.user + times.system + times.children_user + times.children_system


def _is_kernel(proc: psutil.Process) -> bool:
    return any("ipykernel" in part for part in proc.cmdline())


def class_usage(hub: ClassHub) -> dict[str, Usage]:
    """Each trainee's server and kernels (PSS in MiB, CPU-seconds), keyed by user name."""
    usage: dict[str, Usage] = {}
    for proc in marked(hub.state):
        try:
            user = proc.environ().get("JUPYTERHUB_USER")
            if not user:
                continue
            memory = proc.memory_full_info()
            pss = memory.pss / MIB
            entry = usage.setdefault(user, Usage())
            entry.rss += memory.rss / MIB
            if _is_kernel(proc):
                entry.kernel_pss.append(pss)
            else:
                entry.server_pss += pss
            entry.cpu_seconds += cpu_seconds(proc)
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
    return usage


def hub_usage(hub: ClassHub) -> tuple[float, float]:
    """PSS (MiB) and CPU-seconds of the hub, the proxy and the hub's services together."""
    pss = cpu = 0.0
    roots = [psutil.Process(pid) for pid in hub.pids().values()]
    for proc in roots + [c for r in roots for c in r.children(recursive=True)]:
        try:
            if proc.environ().get("JUPYTERHUB_USER"):
                continue
            pss += proc.memory_full_info().pss / MIB
            cpu += cpu_seconds(proc)
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
    return pss, cpu


def percentile(values: list[float], q: float) -> float | None:
    """The q-th percentile (0-100) by linear interpolation; None for no values.

    >>> percentile([1.0, 2.0, 3.0, 4.0], 50), percentile([1.0, 2.0, 3.0, 4.0], 95)
    (2.5, 3.85)
    >>> percentile([], 50) is None
    True
    """
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return round(cuts[int(q) - 1], 6) if q < 100 else max(values)
