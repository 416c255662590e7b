"""OpenCV, as the OCR stages use it: one thread per process.

The image operations whose cost grows with the page (rotation, connected
components, rectangular dilation) run in OpenCV's C++ rather than in PIL or
scipy.ndimage, several times faster on a 375-dpi page (figures in
``docs/ocr-speed.md``).  OCR runs one worker process per core
(:mod:`extractors.page_source`), so OpenCV's own thread pool is switched
off where it is imported: threads would only compete with the other
workers.
"""

from __future__ import annotations

import cv2

cv2.setNumThreads(1)

__all__ = ["cv2"]
