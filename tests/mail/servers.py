"""Real mail servers for the mail tests: aiosmtpd for SMTP, Dovecot for IMAP.

Both listen on 127.0.0.1 on free ports and keep their state in temporary directories.
TLS uses a self-signed certificate made here, valid 2020-2100 so that no test depends on
today's date; clients trust it through an SSL context built from the same file.
"""

from __future__ import annotations

import datetime as dt
import grp
import ipaddress
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

USER = "desk"
PASSWORD = "s3cret-imap-Пароль"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def make_certificate(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for localhost and 127.0.0.1: ``(certificate, key)`` PEM files."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
        .not_valid_after(dt.datetime(2100, 1, 1, tzinfo=dt.UTC))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    os.chmod(key_path, 0o600)
    return cert_path, key_path


def client_context(cert_path: Path) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(cert_path))


def server_context(cert_path: Path, key_path: Path) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(cert_path), str(key_path))
    return context


def wait_for_port(port: int, deadline_seconds: float, process: subprocess.Popen | None = None) -> bool:
    deadline = time.monotonic() + deadline_seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.05)
    return False


def dovecot_binary() -> str | None:
    found = shutil.which("dovecot")
    if found:
        return found
    return "/usr/sbin/dovecot" if os.access("/usr/sbin/dovecot", os.X_OK) else None


def _parent_death_signal():  # a ctypes function, or None off Linux
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


# Looked up here, not in the forked child: between fork and exec only the call itself runs.
_PRCTL = _parent_death_signal()


def _die_with_parent() -> None:
    # A test run that is killed never reaches the fixture's teardown; the kernel then stops
    # Dovecot instead of leaving it listening (Linux prctl PR_SET_PDEATHSIG = 1).
    if _PRCTL is not None:
        _PRCTL(1, signal.SIGTERM.value)


@dataclass
class Dovecot:
    """A running Dovecot serving one passwd-file user over IMAP (plain + STARTTLS) and IMAPS."""

    root: Path
    imap_port: int
    imaps_port: int
    cert_path: Path
    process: subprocess.Popen | None = None
    log: Path = field(init=False)

    def __post_init__(self) -> None:
        self.log = self.root / "dovecot.log"

    def _identity(self) -> dict[str, object]:
        # Dovecot refuses to run its login processes as root. Run as root (CI, containers),
        # it uses the unprivileged users its Debian package creates; run as anyone else,
        # every process is that user, which Dovecot supports for exactly this kind of use.
        if os.geteuid() == 0:
            mail = pwd.getpwnam("dovecot")
            return {
                "internal": "dovecot",
                "login": "dovenull",
                "group": grp.getgrgid(mail.pw_gid).gr_name,
                "uid": mail.pw_uid,
                "gid": mail.pw_gid,
            }
        me = pwd.getpwuid(os.geteuid())
        return {
            "internal": me.pw_name,
            "login": me.pw_name,
            "group": grp.getgrgid(os.getegid()).gr_name,
            "uid": me.pw_uid,
            "gid": os.getegid(),
        }

    def config(self) -> str:
        who = self._identity()
        key_path = self.cert_path.with_name("key.pem")
        dh = "ssl_dh = </usr/share/dovecot/dh.pem\n" if Path("/usr/share/dovecot/dh.pem").exists() else ""
        return f"""\
base_dir = {self.root}/run
state_dir = {self.root}/state
log_path = {self.log}
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{self.cert_path}
ssl_key = <{key_path}
{dh}disable_plaintext_auth = no
auth_mechanisms = plain login
# No delay and no anvil penalty after the tests' deliberate wrong passwords: the next
# test logs in at once (the penalty socket is made unreachable for the auth process).
auth_failure_delay = 0
default_internal_user = {who["internal"]}
default_internal_group = {who["group"]}
default_login_user = {who["login"]}
first_valid_uid = {who["uid"]}
last_valid_uid = 0
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.root}/passwd
}}
userdb {{
  driver = static
  args = uid={who["uid"]} gid={who["gid"]} home={self.root}/home/%u
}}
mail_location = maildir:~/Maildir
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
"""

    def start(self, binary: str) -> None:
        who = self._identity()
        for name in ("run", "state", "home"):
            (self.root / name).mkdir()
        (self.root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n", encoding="utf-8")
        if os.geteuid() == 0:
            os.chown(self.root / "home", int(who["uid"]), int(who["gid"]))
            # The key is read by the root master; the rest of the tree must be readable by
            # Dovecot's unprivileged processes.
            os.chmod(self.root / "passwd", 0o644)
        config = self.root / "dovecot.conf"
        config.write_text(self.config(), encoding="utf-8")
        self.process = subprocess.Popen(
            [binary, "-F", "-c", str(config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            preexec_fn=_die_with_parent,  # noqa: PLW1509 - only a prctl call runs in the child
        )
        if not wait_for_port(self.imap_port, 20, self.process) or not wait_for_port(
            self.imaps_port, 5, self.process
        ):
            self.stop()
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            stderr = self.process.stderr.read().decode(errors="replace") if self.process.stderr else ""
            raise RuntimeError(f"Dovecot did not start:\n{stderr}\n{log}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_dovecot(binary: str, cert_path: Path, key_path: Path) -> Dovecot:
    # Not under pytest's tmp_path: that lives in a 0700 directory Dovecot's unprivileged
    # processes cannot enter when the suite runs as root.
    root = Path(tempfile.mkdtemp(prefix="desk-dovecot-"))
    os.chmod(root, 0o755)
    shutil.copy(cert_path, root / "cert.pem")
    shutil.copy(key_path, root / "key.pem")
    server = Dovecot(root, free_port(), free_port(), root / "cert.pem")
    try:
        server.start(binary)
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return server
