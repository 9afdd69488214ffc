"""Count tables of the statistical reports and the small-cell suppression rule for release.

A table is categories (rows) by sex (columns L, P) with a "Jumlah" column, and a "Jumlah"
row when the categories partition the people counted (`exclusive`); reasons for deportation
and vulnerable groups overlap, so their rows do not add up and get no total row.

Suppression (reports meant to leave the office, `for_release=True`):

1. Primary: every count of 1 or 2 is hidden and shown as "<3". Zero stays 0: it says
   nobody, which identifies nobody.
2. Secondary: a hidden cell must not be recoverable by subtraction. In every line of the
   table (a row with its "Jumlah", a column with its total when the table has a total row)
   either nothing is hidden or at least two figures are. When exactly one is hidden, the
   smallest other non-zero count of the line is hidden too, else a zero count, else the
   line's total. This repeats until no line has exactly one hidden figure. Such a figure
   is shown as "x", not "<3": it is usually larger, and "<3" would misstate it.
3. The overall totals by sex and the grand total are the same in every table of a report,
   so hiding them in one table would not protect anything; they are hidden only when they
   are themselves 1 or 2.

Suppression works table by table; it does not guard against combining two different
breakdowns of the same people (a known limit of per-table rules, stated on the cover sheet).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

SMALL_CELL_LIMIT = 3  # counts from 1 up to this minus one are hidden in release mode
SUPPRESSED_TEXT = f"<{SMALL_CELL_LIMIT}"  # a count of 1 or 2
MASKED_TEXT = "x"  # hidden only so that a small count cannot be worked out
SEX_COLUMNS = ("L", "P")

Cell = int | str  # a count, or SUPPRESSED_TEXT / MASKED_TEXT where the rule hides it


@dataclass(frozen=True)
class CountTable:
    """Counts of one breakdown: `cells[r][c]` people of category `rows[r]` and sex `c`."""

    key: str
    title: str
    row_labels: tuple[str, ...]
    cells: tuple[tuple[int, ...], ...]
    exclusive: bool = True
    note: str = ""
    columns: tuple[str, ...] = SEX_COLUMNS

    def row_total(self, row: int) -> int:
        return sum(self.cells[row])

    def column_total(self, column: int) -> int:
        return sum(line[column] for line in self.cells)

    @property
    def grand_total(self) -> int:
        return sum(sum(line) for line in self.cells)

    def grid(self) -> list[list[int]]:
        """Cells with a "Jumlah" column, and a total row when the rows partition the people."""
        full = [[*line, sum(line)] for line in self.cells]
        if self.exclusive:
            totals = [self.column_total(c) for c in range(len(self.columns))]
            full.append([*totals, self.grand_total])
        return full


@dataclass(frozen=True)
class ReleasedTable:
    """A table as printed: the grid with hidden figures replaced by their marker text."""

    table: CountTable
    grid: tuple[tuple[Cell, ...], ...]
    suppressed: bool = field(default=False)

    @property
    def hidden_count(self) -> int:
        return sum(isinstance(value, str) for line in self.grid for value in line)


def unsuppressed(table: CountTable) -> ReleasedTable:
    return ReleasedTable(table, tuple(tuple(line) for line in table.grid()))


def suppress_small_cells(table: CountTable) -> ReleasedTable:
    """Apply the rule in this module's docstring to one table."""
    grid = table.grid()
    n_rows, n_cols = len(table.cells), len(table.columns)
    hidden = [[0 < value < SMALL_CELL_LIMIT for value in line] for line in grid]
    public = set()  # (row, col) of figures repeated in every table: never hidden secondarily
    if table.exclusive:
        public = {(n_rows, c) for c in range(n_cols + 1)}
    lines: list[tuple[list[tuple[int, int]], tuple[int, int]]] = [
        ([(r, c) for c in range(n_cols)], (r, n_cols)) for r in range(len(grid))
    ]
    if table.exclusive:
        lines += [([(r, c) for r in range(n_rows)], (n_rows, c)) for c in range(n_cols + 1)]
    changed = True
    while changed:
        changed = False
        for members, total in lines:
            if sum(hidden[r][c] for r, c in (*members, total)) != 1:
                continue
            pick = _second_to_hide(grid, hidden, members, total, public)
            if pick is not None:
                hidden[pick[0]][pick[1]] = True
                changed = True
    released = tuple(
        tuple(_shown(value, hidden[r][c]) for c, value in enumerate(line))
        for r, line in enumerate(grid)
    )
    return ReleasedTable(table, released, suppressed=True)


def _shown(value: int, hidden: bool) -> Cell:
    if not hidden:
        return value
    return SUPPRESSED_TEXT if 0 < value < SMALL_CELL_LIMIT else MASKED_TEXT


def _second_to_hide(
    grid: Sequence[Sequence[int]],
    hidden: Sequence[Sequence[bool]],
    members: Sequence[tuple[int, int]],
    total: tuple[int, int],
    public: set[tuple[int, int]],
) -> tuple[int, int] | None:
    visible = [(r, c) for r, c in members if not hidden[r][c] and (r, c) not in public]
    nonzero = sorted((grid[r][c], (r, c)) for r, c in visible if grid[r][c] > 0)
    if nonzero:
        return nonzero[0][1]
    if visible:
        return visible[0]
    if not hidden[total[0]][total[1]] and total not in public:
        return total
    return None


@dataclass(frozen=True)
class StatReport:
    """A period report or convoy recap, ready for the PDF and XLSX writers."""

    title: str
    period_label: str  # "1 Januari 2026 s.d. 31 Januari 2026 (tanggal kedatangan, WIB)"
    post_name: str
    post_code: str
    letterhead: tuple[str, ...]
    generated_label: str  # "5 Februari 2026 09.00 WIB"
    for_release: bool
    persons: int
    convoys: int
    tables: tuple[ReleasedTable, ...]
    convoy_label: str | None = None
    # Head office: every post counted, "Name (CODE)"; empty in a post's own report.
    posts: tuple[str, ...] = ()

    def table(self, key: str) -> ReleasedTable:
        return next(t for t in self.tables if t.table.key == key)
