package uk.safeguardcases.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.report.Shown.Mark;

/** Small numbers never published, and never given away by a total. */
class SuppressionTest {

    @Test
    void countsFromOneToFourAreFewerThanFiveAndZeroAndFiveAreShown() {
        Suppression.Table table = Suppression.apply(new long[][] {{0}, {1}, {4}, {5}, {250}}, false, false);

        assertThat(marks(table, 0)).containsExactly(Mark.SHOWN, Mark.FEWER_THAN_FIVE, Mark.FEWER_THAN_FIVE,
                Mark.SHOWN, Mark.SHOWN);
        assertThat(table.columnTotal(0)).as("no total was asked for").isNull();
    }

    @Test
    void withoutTotalsNothingIsWithheld() {
        Suppression.Table table = Suppression.apply(new long[][] {{3}, {12}, {40}}, false, false);

        assertThat(marks(table, 0)).containsExactly(Mark.FEWER_THAN_FIVE, Mark.SHOWN, Mark.SHOWN);
    }

    @Test
    void aColumnWithOneSmallCountWithholdsTheNextSmallestSoTheTotalRevealsNothing() {
        // 12 + 3 + 0 + 7 = 22: with 3 hidden alone, 22 - 12 - 0 - 7 gives it away.
        Suppression.Table table = Suppression.apply(new long[][] {{12}, {3}, {0}, {7}}, false, true);

        assertThat(marks(table, 0)).containsExactly(Mark.SHOWN, Mark.FEWER_THAN_FIVE, Mark.SHOWN, Mark.WITHHELD);
        assertThat(table.columnTotal(0)).isEqualTo(Shown.of(22));
    }

    @Test
    void aZeroIsNeverWithheldWhenACountCanBe() {
        Suppression.Table table = Suppression.apply(new long[][] {{0}, {2}, {0}, {30}, {9}}, false, true);

        assertThat(marks(table, 0)).containsExactly(Mark.SHOWN, Mark.FEWER_THAN_FIVE, Mark.SHOWN, Mark.SHOWN,
                Mark.WITHHELD);
    }

    @Test
    void twoSmallCountsInAColumnProtectEachOther() {
        Suppression.Table table = Suppression.apply(new long[][] {{2}, {3}, {20}}, false, true);

        assertThat(marks(table, 0)).containsExactly(Mark.FEWER_THAN_FIVE, Mark.FEWER_THAN_FIVE, Mark.SHOWN);
        assertThat(table.columnTotal(0).isShown()).isTrue();
    }

    @Test
    void aSmallTotalIsFewerThanFiveAndItsOnlyCountWithIt() {
        Suppression.Table table = Suppression.apply(new long[][] {{0}, {3}, {0}}, false, true);

        assertThat(marks(table, 0)).containsExactly(Mark.SHOWN, Mark.FEWER_THAN_FIVE, Mark.SHOWN);
        assertThat(table.columnTotal(0).mark()).isEqualTo(Mark.FEWER_THAN_FIVE);
    }

    @Test
    void theTotalIsWithheldWhenNoOtherCountCanBe() {
        // 3 + 0 = 3 would be shown as fewer than 5 anyway; 3 + 0 + 0 with a total of 3: the total is small too.
        // A single cell of 3 beside a zero, in a column whose only other figure is the total.
        Suppression.Table table = Suppression.apply(new long[][] {{3, 9}, {0, 8}}, true, false);

        assertThat(table.cell(0, 0).mark()).isEqualTo(Mark.FEWER_THAN_FIVE);
        assertThat(table.cell(0, 1).mark()).as("the smaller cell of the row, before its total").isEqualTo(Mark.WITHHELD);
        assertThat(table.rowTotal(0).isShown()).isTrue();
        assertThat(table.rowTotal(1)).isEqualTo(Shown.of(8));
    }

    @Test
    void aTotalIsWithheldOnlyWhenTheLineHasNoCountLeftToWithhold() {
        // Row: 3 and 0, total 3: the total is small itself. Row 2: 4 alone with its total 4.
        Suppression.Table table = Suppression.apply(new long[][] {{6, 3, 0}}, true, false);

        assertThat(table.cell(0, 1).mark()).isEqualTo(Mark.FEWER_THAN_FIVE);
        assertThat(table.cell(0, 0).mark()).isEqualTo(Mark.WITHHELD);
        assertThat(table.cell(0, 2).mark()).isEqualTo(Mark.SHOWN);
        assertThat(table.rowTotal(0)).isEqualTo(Shown.of(9));
    }

    @Test
    void inATwoWayTableWithholdingRunsOnUntilEveryRowAndColumnIsSafe() {
        // Organisations (rows) by source (columns). The 2 forces a second hidden cell in its row (the 6); its column
        // then needs one (the 7, the smallest), and the 6's column one too: the 12, in the 7's row, makes both safe.
        long[][] cells = {
            {2, 6, 10},
            {9, 8, 11},
            {7, 12, 15}
        };
        Suppression.Table table = Suppression.apply(cells, true, true);

        assertThat(table.cell(0, 0).mark()).isEqualTo(Mark.FEWER_THAN_FIVE);
        assertThat(table.cell(0, 1).mark()).isEqualTo(Mark.WITHHELD);
        assertThat(table.cell(2, 0).mark()).as("the smallest left in the 2's column").isEqualTo(Mark.WITHHELD);
        assertThat(table.cell(2, 1).mark()).as("the 12 closes both the 7's row and the 6's column")
                .isEqualTo(Mark.WITHHELD);
        assertThat(List.of(table.cell(1, 0), table.cell(1, 1), table.cell(1, 2), table.cell(2, 2)))
                .as("nothing else withheld").allMatch(Shown::isShown);
        assertSafe(table, cells, true, true);
        assertThat(table.grandTotal()).isEqualTo(Shown.of(80));
    }

    @Test
    void aSmallRowTotalInATwoWayTableIsProtectedInTheColumnOfTotals() {
        long[][] cells = {
            {1, 2, 0},
            {20, 30, 40},
            {25, 35, 45}
        };
        Suppression.Table table = Suppression.apply(cells, true, true);

        assertThat(table.rowTotal(0).mark()).isEqualTo(Mark.FEWER_THAN_FIVE);
        assertThat(table.cell(0, 2)).as("a zero in a row of small counts is still a zero").isEqualTo(Shown.of(0));
        assertSafe(table, cells, true, true);
    }

    @Test
    void anEmptyTableHasATotalOfZero() {
        Suppression.Table table = Suppression.apply(new long[][] {{0, 0}}, false, true);

        assertThat(table.columnTotal(0)).isEqualTo(Shown.of(0));
        assertThat(table.columnTotal(1)).isEqualTo(Shown.of(0));
    }

    @Test
    void negativeOrRaggedCountsAreRefused() {
        assertThatThrownBy(() -> Suppression.apply(new long[][] {{-1}}, false, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Suppression.apply(new long[][] {{1, 2}, {3}}, false, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noTableOfAThousandDrawnAtRandomGivesAnySmallCountAway() {
        Random random = new Random(20260401L);
        for (int n = 0; n < 1000; n++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(4);
            long[][] cells = new long[rows][columns];
            for (long[] row : cells) {
                for (int c = 0; c < columns; c++) {
                    // Mostly small numbers and zeros, as a board's year has.
                    row[c] = random.nextInt(3) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 6 : 40);
                }
            }
            boolean rowTotals = random.nextBoolean();
            boolean columnTotals = random.nextBoolean();
            assertSafe(Suppression.apply(cells, rowTotals, columnTotals), cells, rowTotals, columnTotals);
        }
    }

    /**
     * As a reader would attack it: every figure shown is known; any line with exactly one unknown figure gives it
     * away; repeat. No figure from 1 to 4 may ever become known, and every figure shown must be the true one.
     */
    private static void assertSafe(Suppression.Table table, long[][] cells, boolean rowTotals, boolean columnTotals) {
        int rows = cells.length;
        int columns = cells[0].length;
        Long[][] known = new Long[rows + 1][columns + 1];
        long[][] truth = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                truth[r][c] = cells[r][c];
                truth[r][columns] += cells[r][c];
                truth[rows][c] += cells[r][c];
                truth[rows][columns] += cells[r][c];
            }
        }
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                Shown shown = r < rows && c < columns ? table.cell(r, c)
                        : r == rows && c == columns ? table.grandTotal()
                        : c == columns ? table.rowTotal(r) : table.columnTotal(c);
                if (shown != null && shown.isShown()) {
                    assertThat(shown.value()).isEqualTo(truth[r][c]);
                    assertThat(Suppression.small(shown.value())).as("a small count shown").isFalse();
                    known[r][c] = shown.value();
                }
            }
        }
        List<int[][]> lines = new ArrayList<>();
        if (rowTotals) {
            for (int r = 0; r < rows + (columnTotals ? 1 : 0); r++) {
                int[][] line = new int[columns + 1][];
                for (int c = 0; c <= columns; c++) {
                    line[c] = new int[] {r, c};
                }
                lines.add(line);
            }
        }
        if (columnTotals) {
            for (int c = 0; c < columns + (rowTotals ? 1 : 0); c++) {
                int[][] line = new int[rows + 1][];
                for (int r = 0; r <= rows; r++) {
                    line[r] = new int[] {r, c};
                }
                lines.add(line);
            }
        }
        boolean learnt = true;
        while (learnt) {
            learnt = false;
            for (int[][] line : lines) {
                int unknown = 0;
                int[] which = null;
                for (int[] at : line) {
                    if (known[at[0]][at[1]] == null) {
                        unknown++;
                        which = at;
                    }
                }
                if (unknown == 1) {
                    known[which[0]][which[1]] = truth[which[0]][which[1]];
                    assertThat(Suppression.small(truth[which[0]][which[1]]))
                            .as("a small count worked out from a total").isFalse();
                    learnt = true;
                }
            }
        }
    }

    private static List<Mark> marks(Suppression.Table table, int column) {
        List<Mark> marks = new ArrayList<>();
        for (int r = 0; r < table.rows(); r++) {
            marks.add(table.cell(r, column).mark());
        }
        return marks;
    }
}
