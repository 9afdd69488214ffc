"""The small-cell rule on hand-made tables, where the right answer can be worked out by hand."""

from __future__ import annotations

import itertools
import random

from intake_app.domain.report_tables import CountTable, suppress_small_cells, unsuppressed


def _table(cells, *, exclusive: bool = True) -> CountTable:  # type: ignore[no-untyped-def]
    rows = tuple(f"row {i}" for i in range(len(cells)))
    return CountTable("t", "T", rows, tuple(tuple(line) for line in cells), exclusive)


def test_unsuppressed_grid_adds_row_and_column_totals() -> None:
    grid = unsuppressed(_table([[4, 1], [10, 0]])).grid
    assert grid == ((4, 1, 5), (10, 0, 10), (14, 1, 15))


def test_a_lone_small_cell_takes_a_second_cell_with_it() -> None:
    released = suppress_small_cells(_table([[30, 1], [12, 9]]))
    # 1 is hidden; its row would give it away through the row total (31 - 30), so the
    # smallest other figure of the row is hidden too; likewise in its column (1 + 9 = 10).
    assert released.grid[0][1] == "<3"
    # The partner hidden to protect it is not small: it is marked "x", never "<3".
    assert released.grid[0][0] == "x" or released.grid[0][2] == "x"
    assert released.grid[1][1] == "x"
    # Overall totals by sex are printed in every table: they stay.
    assert released.grid[-1] == (42, 10, 52)


def test_zero_is_not_hidden_and_large_counts_stay() -> None:
    released = suppress_small_cells(_table([[0, 5], [7, 8]]))
    assert released.grid == ((0, 5, 5), (7, 8, 15), (7, 13, 20))
    assert released.hidden_count == 0


def test_overlapping_rows_only_protect_within_a_row() -> None:
    released = suppress_small_cells(_table([[2, 40], [5, 6]], exclusive=False))
    # The rule hides the other count of the row before its total (the total stays exact).
    assert released.grid == (("<3", "x", 42), (5, 6, 11))


def _recoverable(grid, exclusive: bool) -> bool:  # type: ignore[no-untyped-def]
    """True if some line (row with its total, column with its total) has exactly one hidden."""
    lines = [list(line) for line in grid]
    if exclusive:
        lines += [list(column) for column in zip(*grid, strict=True)]
    return any(sum(isinstance(v, str) for v in line) == 1 for line in lines)


def test_random_tables_never_leave_a_hidden_figure_recoverable() -> None:
    rng = random.Random(11)
    for _, exclusive in itertools.product(range(300), (True, False)):
        cells = [
            [rng.choice([0, 1, 2, 3, 5, 40]) for _ in range(2)] for _ in range(rng.randint(1, 6))
        ]
        table = _table(cells, exclusive=exclusive)
        released = suppress_small_cells(table)
        plain = unsuppressed(table).grid
        for line, plain_line in zip(released.grid, plain, strict=True):
            for value, truth in zip(line, plain_line, strict=True):
                if isinstance(value, str):
                    assert value == ("<3" if 0 < truth < 3 else "x")
                else:
                    assert value == truth and not 0 < value < 3
        # The last row of an exclusive table is public (the same in every table); below it,
        # no line may have exactly one hidden figure.
        body = released.grid[:-1] if exclusive else released.grid
        if exclusive and any(isinstance(v, str) for v in released.grid[-1]):
            continue  # a total of 1 or 2 is itself hidden; nothing more can be protected
        assert not _recoverable(body if not exclusive else released.grid, exclusive), cells
