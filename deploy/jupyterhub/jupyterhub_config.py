"""JupyterHub settings for a whole Latsar class at once: what an institution starts from.

Run as ``jupyterhub -f deploy/jupyterhub/jupyterhub_config.py`` after setting a spawner that fits
the server (see README.md here: TLJH sets its own, Zero to JupyterHub uses KubeSpawner). The
same file is loaded by ``local_config.py``, which the smoke test (tests/hub/) and
``make bench-class`` run on 127.0.0.1, so every setting here is exercised by ``make test``.
Everything can be tuned through the environment variables named below.
"""

import os
import sys

c = get_config()  # noqa: F821 (provided by JupyterHub when it loads this file)

# The folder nbgitpuller clones into is the repository's name; the link's urlpath and this
# default URL must agree (README.md: the nbgitpuller link).
COURSE_FOLDER = os.environ.get("WOG_COURSE_FOLDER", "wog-course")
c.Spawner.default_url = f"/lab/tree/{COURSE_FOLDER}/notebooks/00_mulai.ipynb"

# Start-up of a single-user server is CPU-bound. On 2 cores, 20 trainees starting at once took
# about 35 s, beyond the default 30 s http_timeout, and the hub gave those servers up.
c.Spawner.http_timeout = int(os.environ.get("WOG_HUB_HTTP_TIMEOUT", "300"))
c.Spawner.start_timeout = int(os.environ.get("WOG_HUB_START_TIMEOUT", "300"))
# Spawns in flight at once; beyond it the hub answers "try again" (HTTP 429) until one is done.
c.JupyterHub.concurrent_spawn_limit = int(os.environ.get("WOG_HUB_SPAWN_LIMIT", "50"))

# Kernels talk to their server over Unix sockets, not TCP ports: with 40 kernels starting at
# once, TCP ports picked by one kernel were taken by another ("Address already in use").
c.Spawner.args = ["--KernelManager.transport=ipc"]

# A forgotten session frees its memory: servers idle for an hour are stopped.
IDLE_TIMEOUT = os.environ.get("WOG_HUB_IDLE_TIMEOUT", "3600")
c.JupyterHub.services = [
    {
        "name": "idle-culler",
        "command": [
            sys.executable,
            "-m",
            "jupyterhub_idle_culler",
            f"--timeout={IDLE_TIMEOUT}",
            "--cull-every=300",
        ],
    }
]
c.JupyterHub.load_roles = [
    {
        "name": "idle-culler",
        "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
        "services": ["idle-culler"],
    }
]

# One class password, given out by the facilitator; each trainee picks a user name. Replace it
# with the institution's own login (e.g. its SSO through an OAuthenticator) where one exists.
c.JupyterHub.authenticator_class = "shared-password"
# Unset, no trainee can log in; it must be 8 characters or longer.
c.SharedPasswordAuthenticator.user_password = os.environ.get("WOG_HUB_PASSWORD")
c.Authenticator.allow_all = True
