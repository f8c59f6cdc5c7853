"""A network between the app and PostgreSQL that a test can break: silent, or gone, then back.

`FlakyServer` listens on a loopback port and forwards to the real server while `forward`; while
`silent` it accepts connections and reads what is sent but never answers (a server that hangs,
a firewall that swallows); while `down` nothing listens on the port and every connection it had
is cut (a server or network gone). Pure sockets and threads: nothing of the app is replaced.
"""

from __future__ import annotations

import contextlib
import socket
import threading

POLL_SECONDS = 0.05


class FlakyServer:
    def __init__(self, upstream: tuple[str, int] | None = None) -> None:
        self.upstream = upstream
        self.mode = "forward" if upstream else "silent"
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._listener: socket.socket | None = None
        self._stop = threading.Event()
        self.port = 0
        self._listen()

    @property
    def host_port(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _listen(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        listener.settimeout(POLL_SECONDS)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while not self._stop.is_set() and self._listener is listener:
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._track(client)
            if self.mode == "forward" and self.upstream is not None:
                server = socket.create_connection(self.upstream)
                self._track(server)
                for a, b in ((client, server), (server, client)):
                    threading.Thread(target=self._pump, args=(a, b), daemon=True).start()
            else:
                threading.Thread(target=self._swallow, args=(client,), daemon=True).start()

    def _track(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                if self.mode != "forward":
                    continue  # gone silent: what is sent is never answered
                sink.sendall(data)
        for sock in (source, sink):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def _swallow(self, client: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while client.recv(65536):
                pass

    def silence(self) -> None:
        self.mode = "silent"

    def go_down(self) -> None:
        """Nothing listens any more, and every open connection is cut."""
        self.mode = "down"
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def restore(self) -> None:
        self.mode = "forward"
        if self._listener is None:
            self._listen()

    def close(self) -> None:
        self._stop.set()
        self.go_down()
