"""A fast QR Code Model 2 encoder for the receipt: byte mode, error correction M, one mask.

segno (pure Python, general) spends about a third of a receipt's rendering time on one
symbol. This encoder does only what the receipt needs, following ISO/IEC 18004:2015:

- byte mode (the payload is ASCII base64url), error correction level M, versions 1-40;
- Reed-Solomon remainders computed with whole-int XORs, one table lookup per data byte;
- per version, the function patterns, the placement order of the data bits and the mask are
  worked out once and kept (they depend on the version only, never on the payload);
- a fixed mask pattern (see `qr.QR_MASK`): choosing the lowest-penalty mask is optional in the
  standard and the payload is already evenly mixed.

`qr_matrix(payload)` returns the rows of dark (1) and light (0) modules, without the quiet
zone. The tests compare it module for module with segno's symbol for the same mask.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from operator import itemgetter

from reportlab.lib.colors import black
from reportlab.pdfgen.canvas import Canvas

MASK = 4
# Error correction level M: codewords per block and number of blocks, versions 1-40.
_ECC_PER_BLOCK = (
    10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
    26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
)  # fmt: skip
_BLOCKS = (
    1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
    17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
)  # fmt: skip
_FORMAT_LEVEL_M = 0b00
_PAD = b"\xec\x11"

# GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1.
_EXP = [0] * 512
_LOG = [0] * 256
_value = 1
for _power in range(255):
    _EXP[_power] = _value
    _LOG[_value] = _power
    _value <<= 1
    if _value & 0x100:
        _value ^= 0x11D
for _power in range(255, 512):
    _EXP[_power] = _EXP[_power - 255]


def _gf_mul(a: int, b: int) -> int:
    return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]


@cache
def _rs_table(degree: int) -> tuple[int, ...]:
    """For each factor 0-255, the generator's lower coefficients times it, packed in an int."""
    generator = [1]  # highest power first, roots alpha^0 .. alpha^(degree-1)
    for index in range(degree):
        root = _EXP[index]
        shifted = zip([*generator, 0], [0, *generator], strict=True)
        generator = [a ^ _gf_mul(b, root) for a, b in shifted]
    lower = generator[1:]
    return tuple(
        int.from_bytes(bytes(_gf_mul(coef, factor) for coef in lower), "big")
        for factor in range(256)
    )


def _rs_remainder(data: bytes, degree: int) -> bytes:
    """The Reed-Solomon error correction codewords of one block."""
    table = _rs_table(degree)
    shift = 8 * (degree - 1)
    keep = (1 << shift) - 1
    remainder = 0
    for byte in data:
        remainder = ((remainder & keep) << 8) ^ table[byte ^ (remainder >> shift)]
    return remainder.to_bytes(degree, "big")


def _raw_codewords(version: int) -> int:
    """Codewords of data and error correction that fit in a symbol of `version`."""
    modules = (16 * version + 128) * version + 64
    if version >= 2:
        aligns = version // 7 + 2
        modules -= (25 * aligns - 10) * aligns - 55
        if version >= 7:
            modules -= 36
    return modules // 8


def _data_codewords(version: int) -> int:
    return _raw_codewords(version) - _ECC_PER_BLOCK[version - 1] * _BLOCKS[version - 1]


def _alignment_positions(version: int) -> list[int]:
    if version == 1:
        return []
    count = version // 7 + 2
    step = 26 if version == 32 else (version * 4 + count * 2 + 1) // (count * 2 - 2) * 2
    last = version * 4 + 10
    return [6, *sorted(last - index * step for index in range(count - 1))]


def _bch(value: int, bits: int, generator: int) -> int:
    """`value` followed by its BCH remainder (format and version information)."""
    degree = generator.bit_length() - 1
    remainder = value << degree
    for shift in range(bits + degree - 1, degree - 1, -1):
        if remainder >> shift & 1:
            remainder ^= generator << (shift - degree)
    return value << degree | remainder


@dataclass(frozen=True)
class _Template:
    """What a symbol of one version looks like before any data: fixed for the version."""

    size: int
    data_bits: int  # number of non-function modules, in placement order
    mask_bits: int  # the mask over those modules, first placed module in the highest bit
    gather: Callable[[bytes], bytes]  # the symbol row-major from the placed data bits


@cache
def _template(version: int) -> _Template:
    size = version * 4 + 17
    dark: dict[tuple[int, int], int] = {}  # function modules: (row, column) -> 0/1

    def put(row: int, column: int, value: int) -> None:
        if 0 <= row < size and 0 <= column < size:
            dark[row, column] = value

    for index in range(size):
        put(6, index, int(index % 2 == 0))
        put(index, 6, int(index % 2 == 0))
    for row0, col0 in ((3, 3), (3, size - 4), (size - 4, 3)):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                put(row0 + dy, col0 + dx, int(max(abs(dx), abs(dy)) not in (2, 4)))
    aligns = _alignment_positions(version)
    for i, row0 in enumerate(aligns):
        for j, col0 in enumerate(aligns):
            if (i, j) in ((0, 0), (0, len(aligns) - 1), (len(aligns) - 1, 0)):
                continue
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    put(row0 + dy, col0 + dx, int(max(abs(dx), abs(dy)) != 1))
    fmt = _bch(_FORMAT_LEVEL_M << 3 | MASK, 5, 0x537) ^ 0x5412
    first = [(i, 8) for i in range(6)] + [(7, 8), (8, 8), (8, 7)] + [(8, 5 - i) for i in range(6)]
    second = [(8, size - 1 - i) for i in range(8)] + [(size - 7 + i, 8) for i in range(7)]
    for i in range(15):
        put(*first[i], fmt >> i & 1)
        put(*second[i], fmt >> i & 1)
    put(size - 8, 8, 1)  # the dark module
    if version >= 7:
        info = _bch(version, 6, 0x1F25)
        for i in range(18):
            bit = info >> i & 1
            put(i // 3, size - 11 + i % 3, bit)
            put(size - 11 + i % 3, i // 3, bit)
    order: list[int] = []  # row * size + column of each data module, in placement order
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        upward = (right + 1) & 2 == 0
        for vertical in range(size):
            row = size - 1 - vertical if upward else vertical
            for column in (right, right - 1):
                if (row, column) not in dark:
                    order.append(row * size + column)
        right -= 2
    mask_bits = 0
    for position in order:
        row, column = divmod(position, size)
        mask_bits = mask_bits << 1 | int((row // 2 + column // 3) % 2 == 0)
    # Source for the gather: the data bits first (as placed), then the function modules.
    slot = {position: index for index, position in enumerate(order)}
    function = sorted(dark)
    offset = len(order)
    for index, key in enumerate(function):
        slot[key[0] * size + key[1]] = offset + index
    fixed = bytes(dark[key] for key in function)
    picker = itemgetter(*(slot[position] for position in range(size * size)))
    return _Template(size, len(order), mask_bits, _Gather(picker, fixed))


class _Gather:
    """Builds the symbol's modules row-major from the placed data bits and the fixed modules."""

    def __init__(self, picker: Callable[[bytes], tuple[int, ...]], fixed: bytes) -> None:
        self.picker = picker
        self.fixed = fixed

    def __call__(self, data: bytes) -> bytes:
        return bytes(self.picker(data + self.fixed))


def _version_for(length: int) -> int:
    for version in range(1, 41):
        count_bits = 8 if version < 10 else 16
        if 4 + count_bits + 8 * length <= 8 * _data_codewords(version):
            return version
    raise ValueError("payload too long for a QR code at error correction M")


def _codewords(data: bytes, version: int) -> bytes:
    """Mode, count, data, terminator and padding, split into blocks, with error correction."""
    capacity = _data_codewords(version)
    count_bits = 8 if version < 10 else 16
    bits = 4 + count_bits + 8 * len(data)
    value = (0b0100 << count_bits | len(data)) << 8 * len(data) | int.from_bytes(data, "big")
    padding = min(4, 8 * capacity - bits)  # the terminator, as much of it as fits
    padding += -(bits + padding) % 8  # then zeros to the byte boundary
    stream = (value << padding).to_bytes((bits + padding) // 8, "big")
    stream += (_PAD * capacity)[: capacity - len(stream)]
    blocks = _BLOCKS[version - 1]
    degree = _ECC_PER_BLOCK[version - 1]
    short_len = capacity // blocks
    long_count = capacity % blocks
    pieces, start = [], 0
    for index in range(blocks):
        end = start + short_len + (1 if index >= blocks - long_count else 0)
        pieces.append(stream[start:end])
        start = end
    out = bytearray()
    for index in range(short_len + 1):
        out += bytes(piece[index] for piece in pieces if index < len(piece))
    remainders = [_rs_remainder(piece, degree) for piece in pieces]
    for index in range(degree):
        out += bytes(remainder[index] for remainder in remainders)
    return bytes(out)


def qr_modules(payload: str) -> tuple[int, bytes]:
    """The symbol for `payload`: its size and its modules row by row (1 dark, 0 light)."""
    data = payload.encode("utf-8")
    version = _version_for(len(data))
    template = _template(version)
    codewords = _codewords(data, version)
    bits = int.from_bytes(codewords, "big") << (template.data_bits - 8 * len(codewords))
    bits ^= template.mask_bits
    placed = format(bits, f"0{template.data_bits}b").encode("ascii").translate(_BITS)
    return template.size, template.gather(placed)


_BITS = bytes.maketrans(b"01", b"\x00\x01")


def qr_matrix(payload: str) -> list[bytes]:
    """The modules of `payload`'s symbol as rows of 0/1 bytes, top row first, no quiet zone."""
    size, modules = qr_modules(payload)
    return [modules[start : start + size] for start in range(0, size * size, size)]


_DARK_RUN = re.compile(b"\x01+")


def qr_path(size: int, modules: bytes) -> str:
    """PDF path operators in module units: one rectangle per horizontal run of dark modules.

    The origin is the symbol's bottom-left corner; rows run downwards from `size - 1`.
    """
    ops: list[str] = []
    for row in range(size):
        y = size - 1 - row
        line = modules[row * size : (row + 1) * size]
        ops += [f"{m.start()} {y} {m.end() - m.start()} 1 re" for m in _DARK_RUN.finditer(line)]
    return "\n".join(ops)


def draw_qr(
    canvas: Canvas, size: int, modules: bytes, origin: tuple[float, float], extent: float
) -> None:
    """Fill the symbol in black, `extent` points square with its 4-module quiet zone.

    `origin` is the bottom-left corner of the quiet zone on `canvas`.
    """
    unit = extent / (size + 8)
    canvas.saveState()
    canvas.setFillColor(black)
    canvas.transform(unit, 0, 0, unit, origin[0] + 4 * unit, origin[1] + 4 * unit)
    canvas.addLiteral(qr_path(size, modules) + "\nf")
    canvas.restoreState()
