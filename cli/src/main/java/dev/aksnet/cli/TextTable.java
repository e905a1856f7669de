package dev.aksnet.cli;

import dev.aksnet.spec.PrintableText;

import java.io.PrintWriter;
import java.util.List;

/** Left-aligned columns, two spaces apart, the first row a header underlined with dashes. */
final class TextTable {
    private TextTable() {
    }

    /** Prints the rows; cells hold spec names, so control and bidirectional characters are escaped first. */
    static void print(List<List<String>> raw, PrintWriter out) {
        List<List<String>> rows = raw.stream().map(r -> r.stream().map(PrintableText::escape).toList()).toList();
        int columns = rows.get(0).size();
        int[] width = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            out.println(line(rows.get(r), width));
            if (r == 0) {
                out.println(line(rows.get(0).stream().map(h -> "-".repeat(h.length())).toList(), width));
            }
        }
    }

    private static String line(List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            b.append(cells.get(i));
            if (i < cells.size() - 1) {
                b.append(" ".repeat(width[i] - cells.get(i).length() + 2));
            }
        }
        return b.toString().stripTrailing();
    }
}
