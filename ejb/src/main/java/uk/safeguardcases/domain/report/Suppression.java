package uk.safeguardcases.domain.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What a published table may show (statistical disclosure control, as the Government Statistical Service's guidance
 * on small numbers does it). <b>Primary suppression:</b> every count from 1 to 4, a cell or a total, is shown as
 * "fewer than 5"; 0 and 5 or more are shown. <b>Secondary suppression:</b> a published total is the sum of its line,
 * so a line (a row with its total, a column with its total, and the line of totals with the grand total) with exactly
 * one figure not shown would give that figure away by subtraction; in every such line one more figure is withheld, the
 * smallest non-zero one still shown (a cell before a total), until no line has exactly one. Withholding one figure may
 * leave another line with exactly one, so the rule runs until nothing changes.
 *
 * <p>Each line then has none or at least two figures not shown. A table without published totals needs primary
 * suppression only: no sum is published to subtract from.
 */
public final class Suppression {

    /** The smallest count shown as it is (other than 0). */
    public static final long THRESHOLD = 5;

    private Suppression() {
    }

    /** Whether a count must be shown as "fewer than 5". */
    public static boolean small(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /**
     * The table {@code cells} (rows × columns of counts) as it may be published, with a total for each row if
     * {@code rowTotals}, for each column if {@code columnTotals}, and the grand total when it has both.
     */
    public static Table apply(long[][] cells, boolean rowTotals, boolean columnTotals) {
        int rows = cells.length;
        int columns = rows == 0 ? 0 : cells[0].length;
        long[][] all = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            if (cells[r].length != columns) {
                throw new IllegalArgumentException("Every row needs " + columns + " cells");
            }
            for (int c = 0; c < columns; c++) {
                if (cells[r][c] < 0) {
                    throw new IllegalArgumentException("A count cannot be negative");
                }
                all[r][c] = cells[r][c];
                all[r][columns] += cells[r][c];
                all[rows][c] += cells[r][c];
                all[rows][columns] += cells[r][c];
            }
        }
        boolean[][] published = new boolean[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                boolean rowTotal = c == columns;
                boolean columnTotal = r == rows;
                published[r][c] = rowTotal && columnTotal ? rowTotals && columnTotals
                        : rowTotal ? rowTotals : !columnTotal || columnTotals;
            }
        }
        Shown.Mark[][] marks = new Shown.Mark[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                marks[r][c] = published[r][c] && small(all[r][c]) ? Shown.Mark.FEWER_THAN_FIVE : Shown.Mark.SHOWN;
            }
        }
        List<int[][]> lines = lines(rows, columns, rowTotals, columns > 0 && columnTotals);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[][] line : lines) {
                if (hidden(line, marks) == 1) {
                    int[] pick = toWithhold(line, lines, all, marks, rows, columns);
                    marks[pick[0]][pick[1]] = Shown.Mark.WITHHELD;
                    changed = true;
                }
            }
        }
        Shown[][] shown = new Shown[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                shown[r][c] = published[r][c] ? new Shown(all[r][c], marks[r][c]) : null;
            }
        }
        return new Table(shown, rows, columns);
    }

    /** Every additive line: its cells, the last one being their total. */
    private static List<int[][]> lines(int rows, int columns, boolean rowTotals, boolean columnTotals) {
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
        return lines;
    }

    private static int hidden(int[][] line, Shown.Mark[][] marks) {
        int hidden = 0;
        for (int[] at : line) {
            if (marks[at[0]][at[1]] != Shown.Mark.SHOWN) {
                hidden++;
            }
        }
        return hidden;
    }

    /**
     * The figure of {@code line} to withhold: a non-zero one still shown, a cell before a total; of those the one that
     * also makes safe the most other lines with exactly one hidden figure (so fewer figures are withheld in all), then
     * the smallest, then the first.
     */
    private static int[] toWithhold(int[][] line, List<int[][]> lines, long[][] all, Shown.Mark[][] marks, int rows,
            int columns) {
        int[] best = null;
        int bestFixes = -1;
        for (int[] at : line) {
            if (marks[at[0]][at[1]] != Shown.Mark.SHOWN) {
                continue;
            }
            int fixes = 0;
            for (int[][] other : lines) {
                if (other != line && contains(other, at) && hidden(other, marks) == 1) {
                    fixes++;
                }
            }
            if (best == null || before(at, fixes, best, bestFixes, all, rows, columns)) {
                best = at;
                bestFixes = fixes;
            }
        }
        if (best == null) {
            throw new IllegalStateException("A line with one figure hidden has another to withhold");
        }
        return best;
    }

    /**
     * Whether {@code a} is withheld before {@code b}: zeros last (withholding a 0 protects nothing), totals after
     * cells, then the one that makes more other lines safe, then the smaller; on a tie the one met first.
     */
    private static boolean before(int[] a, int fixesA, int[] b, int fixesB, long[][] all, int rows, int columns) {
        long va = all[a[0]][a[1]];
        long vb = all[b[0]][b[1]];
        if ((va == 0) != (vb == 0)) {
            return vb == 0;
        }
        boolean ta = a[0] == rows || a[1] == columns;
        boolean tb = b[0] == rows || b[1] == columns;
        if (ta != tb) {
            return tb;
        }
        if (fixesA != fixesB) {
            return fixesA > fixesB;
        }
        return va < vb;
    }

    private static boolean contains(int[][] line, int[] at) {
        for (int[] member : line) {
            if (member[0] == at[0] && member[1] == at[1]) {
                return true;
            }
        }
        return false;
    }

    /** A table as it may be published: each cell, and the totals it has. */
    public static final class Table {
        private final Shown[][] shown;
        private final int rows;
        private final int columns;

        private Table(Shown[][] shown, int rows, int columns) {
            this.shown = shown;
            this.rows = rows;
            this.columns = columns;
        }

        public int rows() {
            return rows;
        }

        public int columns() {
            return columns;
        }

        public Shown cell(int row, int column) {
            return shown[row][column];
        }

        /** The row's total; null when rows have none. */
        public Shown rowTotal(int row) {
            return shown[row][columns];
        }

        /** The column's total; null when columns have none. */
        public Shown columnTotal(int column) {
            return shown[rows][column];
        }

        /** The total of everything; null unless rows and columns both have totals. */
        public Shown grandTotal() {
            return shown[rows][columns];
        }
    }
}
