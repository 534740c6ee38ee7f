"""The laptop's camera for a KTP photo: frames kept in memory, one captured as JPEG bytes.

OpenCV's `VideoCapture` (OpenCV comes with the `ktp` extra; the PySide6 wheel the app ships has
no Qt Multimedia) runs on a thread of its own: it opens the camera (which can take a second)
and keeps only the latest frame. The GUI polls `latest()` with a timer and never waits on the
device. No camera, or no OpenCV: `state` becomes `"none"` and the officer opens a file instead.
Frames and the captured photo live in memory only; nothing is written or logged.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

Opener = Callable[[], Any]  # returns an object with isOpened(), read() and release()
FRAME_PAUSE = 0.03  # seconds between reads when the device gives frames faster than shown


def _open_default_camera() -> Any:
    import cv2

    return cv2.VideoCapture(0)


class CameraFeed:
    """One camera, read on a background thread; `state` is opening, running, none or stopped."""

    def __init__(self, opener: Opener | None = None) -> None:
        self._opener = opener or _open_default_camera
        self._lock = threading.Lock()
        self._frame: Any = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.state = "stopped"

    def start(self) -> None:
        """Open the camera and start reading frames, in the background."""
        if self._thread is not None:
            return
        self.state = "opening"
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="ktp-camera", daemon=True)
        self._thread.start()

    def latest(self) -> Any:
        """The latest frame (BGR pixel array) or None."""
        with self._lock:
            return self._frame

    def capture_jpeg(self) -> bytes | None:
        """The latest frame as JPEG bytes (in memory), or None when there is none."""
        frame = self.latest()
        if frame is None:
            return None
        import cv2

        ok, encoded = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, 92])
        return bytes(encoded) if ok else None

    def stop(self) -> None:
        """Stop reading and release the camera; the last frame is dropped."""
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=2)
        with self._lock:
            self._frame = None
        if self.state != "none":
            self.state = "stopped"

    def _run(self) -> None:
        try:
            device = self._opener()
        except Exception:  # noqa: BLE001 - no OpenCV, no driver: the same as no camera
            self.state = "none"
            return
        try:
            if not device.isOpened():
                self.state = "none"
                return
            self.state = "running"
            while not self._stop.is_set():
                ok, frame = device.read()
                if ok and frame is not None:
                    with self._lock:
                        self._frame = frame
                time.sleep(FRAME_PAUSE)
        finally:
            device.release()
