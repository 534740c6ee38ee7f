"""A KTP photo on the laptop: `reader` runs the OCR (RapidOCR on onnxruntime, the `ktp` extra)
and hands its text to `domain.ktp`; `camera` reads the laptop's camera with OpenCV.

May import `domain`; never `gui`, `cli` or `branch`.
"""
