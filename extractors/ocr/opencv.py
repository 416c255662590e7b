"""OpenCV, as the OCR stages use it: one thread per process.

The image operations whose cost grows with the page (rotation, connected
components, rectangular dilation) run in OpenCV's C++ rather than in PIL or
scipy.ndimage, several times faster on a 375-dpi page (figures in
``docs/ocr-speed.md``).  OCR runs one worker process per core
(:mod:`extractors.pages.page_source`), so OpenCV's own thread pool is switched
off where it is imported: threads would only compete with the other
workers.
"""

from __future__ import annotations

import cv2
import numpy as np

cv2.setNumThreads(1)


def as_u8(mask: np.ndarray) -> np.ndarray:
    """A boolean (or 0/1) mask as the contiguous uint8 image OpenCV takes, a
    view of it when it is contiguous already."""
    return np.ascontiguousarray(mask).view(np.uint8)


def components(mask: np.ndarray, connectivity: int = 8) -> tuple[np.ndarray, np.ndarray]:
    """(labels, stats) of the connected components of a boolean mask:
    ``labels`` int32 with 0 for the background, ``stats`` one row per label
    (row 0 the background) of left, top, width, height, area
    (``cv2.CC_STAT_*``)."""
    _count, labels, stats, _centroids = cv2.connectedComponentsWithStats(
        as_u8(mask), connectivity=connectivity, ltype=cv2.CV_32S)
    return labels, stats


__all__ = ["as_u8", "components", "cv2"]
