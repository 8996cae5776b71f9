"""The recipe (jupyterhub_config.py) on one machine, on 127.0.0.1, with state in a temporary folder.

Used by the smoke test (tests/hub/) and ``make bench-class`` through bench/class_hub.py, which
sets the environment: WOG_HUB_STATE (the temporary folder: database, cookie secret, trainees'
homes), WOG_HUB_PORT, WOG_HUB_PROXY_API_PORT, WOG_HUB_HUB_PORT, WOG_HUB_DRIVER_TOKEN (the API
token of the service that creates trainees and runs their notebooks) and CONFIGPROXY_AUTH_TOKEN
(configurable-http-proxy is started by the driver, not by the hub, so that it is stopped by its
PID). Trainees are processes of the current user (SimpleLocalProcessSpawner): for tests only.
"""

import os
import sys
from pathlib import Path

c = get_config()  # noqa: F821 (provided by JupyterHub when it loads this file)
load_subconfig(str(Path(__file__).with_name("jupyterhub_config.py")))  # noqa: F821

STATE = Path(os.environ["WOG_HUB_STATE"])
BIN = Path(sys.executable).parent

c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = int(os.environ["WOG_HUB_PORT"])
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = int(os.environ["WOG_HUB_HUB_PORT"])
c.JupyterHub.db_url = f"sqlite:///{STATE / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(STATE / "jupyterhub_cookie_secret")
c.JupyterHub.cleanup_servers = True
c.ConfigurableHTTPProxy.should_start = False
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{os.environ['WOG_HUB_PROXY_API_PORT']}"

c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = str(STATE / "u" / "{username}")
c.Spawner.cmd = [str(BIN / "jupyterhub-singleuser")]
c.Spawner.ip = "127.0.0.1"
# Every process of this hub carries the marker, so the driver can sweep leftovers.
c.Spawner.environment = {"WOG_HUB_STATE": str(STATE)}
if os.geteuid() == 0:
    c.Spawner.args = [*c.Spawner.args, "--allow-root"]

c.JupyterHub.services = [
    *(
        {**service, "environment": {"WOG_HUB_STATE": str(STATE)}}
        for service in c.JupyterHub.services
    ),
    {"name": "wog-driver", "api_token": os.environ["WOG_HUB_DRIVER_TOKEN"]},
]
c.JupyterHub.load_roles = [
    *c.JupyterHub.load_roles,
    {
        "name": "wog-driver",
        "scopes": ["admin:users", "admin:servers", "access:servers", "list:users"],
        "services": ["wog-driver"],
    },
]
